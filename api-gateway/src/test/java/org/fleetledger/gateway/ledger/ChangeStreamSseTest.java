package org.fleetledger.gateway.ledger;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/changes/stream}: Server-Sent Events of the caller's project only, resumable by position. */
class ChangeStreamSseTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event of the stream: its id and its data. */
    private record Sent(long id, JsonNode data) {
    }

    @Test
    void streamsTheCallersProjectOnlyAndResumesAfterTheLastEventId() throws Exception {
        UUID mine = createProject();
        UUID theirs = createProject();
        ApiClient alice = userIn(mine, Role.MEMBER);
        ApiClient bob = userIn(theirs, Role.MEMBER);
        long start = alice.post("/v1/clouds", "{\"name\": \"first\"}").position();

        BlockingQueue<Sent> received = new LinkedBlockingQueue<>();
        Stream<String> lines = open(alice, "?after_position=" + start, null);
        Thread.ofVirtual().start(() -> collect(lines, received));
        bob.post("/v1/clouds", "{\"name\": \"theirs\", \"variables\": {\"x\": 1}}");
        long cloud = id(alice.with("X-Change-Note", "streamed").post("/v1/clouds",
                "{\"name\": \"second\", \"variables\": {\"k\": \"v\"}}"));
        alice.put("/v1/clouds/" + cloud + "/variables", "{\"m\": 2}");

        List<Sent> events = new ArrayList<>();
        while (events.size() < 2) {
            Sent next = received.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("an event within 10 s").isNotNull();
            events.add(next);
        }
        for (Sent event : events) {
            assertThat(event.data().get("resource").get("project_id").stringValue()).isEqualTo(mine.toString());
            assertThat(event.id()).isEqualTo(event.data().get("position").longValue()).isGreaterThan(start);
        }
        assertThat(events.get(0).data().get("type").stringValue()).isEqualTo("CloudCreated");
        assertThat(events.get(0).data().get("op").stringValue()).isEqualTo("c");
        assertThat(events.get(0).data().get("after").get("id").longValue()).isEqualTo(cloud);
        assertThat(events.get(0).data().get("source").get("note").stringValue()).isEqualTo("streamed");
        assertThat(events.get(0).data().get("after").get("variables").toString()).as("created with them (ADR 0063)")
                .isEqualTo("{\"k\":\"v\"}");
        assertThat(events.get(1).data().get("type").stringValue()).isEqualTo("VariablesSet");
        assertThat(events.get(1).data().get("after").get("variables").toString()).isEqualTo("{\"k\":\"v\",\"m\":2}");
        assertThat(received.poll(1, TimeUnit.SECONDS)).as("nothing of the other project").isNull();

        BlockingQueue<Sent> resumed = new LinkedBlockingQueue<>();
        Stream<String> again = open(alice, "", Long.toString(events.get(0).id()));
        Thread.ofVirtual().start(() -> collect(again, resumed));
        Sent first = resumed.poll(10, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.id()).as("resumes right after the Last-Event-ID").isEqualTo(events.get(1).id());

        assertThat(anonymous().get("/v1/changes/stream").status()).isEqualTo(401);
        assertThat(alice.with("Last-Event-ID", "yesterday").get("/v1/changes/stream").status()).isEqualTo(400);
    }

    private Stream<String> open(ApiClient client, String query, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/v1/changes/stream" + query))
                .header("Accept", "text/event-stream")
                .header("X-Auth-Project", client.header("X-Auth-Project"))
                .header("X-Auth-User", client.header("X-Auth-User"))
                .header("X-Auth-Token", client.header("X-Auth-Token"));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void collect(Stream<String> lines, BlockingQueue<Sent> into) {
        long[] id = {-1};
        lines.forEach(line -> {
            if (line.startsWith("id:")) {
                id[0] = Long.parseLong(line.substring(3).trim());
            } else if (line.startsWith("data:")) {
                into.add(new Sent(id[0], JSON.readTree(line.substring(5).trim())));
            }
        });
    }
}
