package org.fleetledger.gateway.ledger;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the log keeps of every write, and that it keeps it unchanged. */
class EventLogTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    @Test
    void recordsActorNoteRequestAndCorrelationOnEveryEvent() {
        UUID project = createProject();
        ApiClient member = userIn(project, Role.MEMBER);
        Place place = newCloudAndRegion(member);
        String response = RawHttp.exchange(port, "POST", "/v1/hosts", Map.of(
                        "X-Auth-Project", project.toString(),
                        "X-Auth-User", member.header("X-Auth-User"),
                        "X-Auth-Token", member.header("X-Auth-Token"),
                        "Content-Type", "application/json",
                        "X-Request-ID", "req-audit-1",
                        "X-Change-Note", "Zürich rack 7 ✓"),
                "{\"name\": \"" + unique("audited") + "\", \"cloud_id\": " + place.cloud() + ", \"region_id\": "
                        + place.region() + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", "
                        + "\"labels\": [\"gpu\"], \"variables\": {\"k\": \"v\"}}");
        assertThat(response).startsWith("HTTP/1.1 201").contains("X-Request-ID: req-audit-1")
                .containsPattern("Server-Timing: store;dur=\\d+\\.\\d\r\n")
                .containsPattern("Server-Timing: read-models;dur=\\d+\\.\\d\r\n");
        JsonNode created = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        long id = created.get("id").longValue();
        long position = Long.parseLong(response.replaceAll("(?s).*X-Ledger-Position: (\\d+).*", "$1"));

        // one write, two events: the host's creation (its variables in it, ADR 0062) and its labels
        List<Map<String, Object>> rows = jdbc().queryForList(
                "SELECT global_index, payload_type, payload, meta_data FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number", "host:" + id);
        assertThat(rows).extracting(row -> row.get("payload_type")).containsExactly(
                "org.fleetledger.events.device.HostCreated", "org.fleetledger.events.device.LabelsAdded");
        assertThat(JSON.readTree((String) rows.get(0).get("payload")).get("variables").toString())
                .isEqualTo("{\"k\":\"v\"}");
        JsonNode first = JSON.readTree((String) rows.get(0).get("meta_data"));
        JsonNode second = JSON.readTree((String) rows.get(1).get("meta_data"));
        assertThat(first.get("actor_username").stringValue()).isEqualTo(member.header("X-Auth-User"));
        assertThat(first.get("actor_user_id").isNumber()).isTrue();
        assertThat(first.get("actor_project_id").stringValue()).isEqualTo(project.toString());
        assertThat(first.get("change_note").stringValue()).isEqualTo("Zürich rack 7 ✓");
        assertThat(first.get("request_id").stringValue()).isEqualTo("req-audit-1");
        assertThat(second.get("correlationId").stringValue()).isEqualTo(first.get("correlationId").stringValue());
        assertThat(second.get("change_note").stringValue()).isEqualTo("Zürich rack 7 ✓");
        assertThat(position).isEqualTo(((Number) rows.get(1).get("global_index")).longValue());
    }

    @Test
    void generatesARequestIdWhenNoneIsSent() {
        ApiResponse response = root().get("/v1/clouds");
        assertThat(response.header("X-Request-ID")).isNotBlank();
        assertThat(root().get("/v1/clouds").header("X-Request-ID")).isNotEqualTo(response.header("X-Request-ID"));
    }

    @Test
    void refusesUpdateDeleteAndTruncateOfStoredEvents() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long id = api.post("/v1/clouds", "{\"name\": \"" + unique("immutable") + "\"}").json().get("id").longValue();
        String aggregate = "cloud:" + id;

        assertThatThrownBy(() -> jdbc().update(
                "UPDATE domain_event_entry SET payload = '{}' WHERE aggregate_identifier = ?", aggregate))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc().update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?",
                aggregate))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc().execute("TRUNCATE domain_event_entry CASCADE"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc().queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate)).isEqualTo(1);
    }

    @Test
    void readsItsOwnWritesTwoHundredTimesInARow() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        for (int i = 0; i < 200; i++) {
            String name = unique("ryw");
            ApiResponse created = api.post("/v1/clouds", "{\"name\": \"" + name + "\"}");
            assertThat(created.status()).isEqualTo(201);
            ApiResponse read = api.get("/v1/clouds/" + created.json().get("id").longValue());
            assertThat(read.status()).as("read %d after its write", i).isEqualTo(200);
            assertThat(read.json().get("name").stringValue()).isEqualTo(name);
        }
    }

    @Test
    void waitsForAMinimumPositionAndGivesUpWith503() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long position = api.post("/v1/clouds", "{\"name\": \"" + unique("pos") + "\"}").position();
        assertThat(api.get("/v1/clouds?min_position=" + position).status()).isEqualTo(200);
        assertThat(api.with("X-Ledger-Min-Position", Long.toString(position)).get("/v1/clouds").status())
                .isEqualTo(200);

        long start = System.nanoTime();
        ApiResponse tooFar = api.get("/v1/clouds?min_position=" + (position + 1_000_000));
        assertThat(tooFar.status()).isEqualTo(503);
        assertThat(tooFar.json().get("status").intValue()).isEqualTo(503);
        assertThat((System.nanoTime() - start) / 1_000_000).as("bounded wait in ms").isBetween(1_900L, 10_000L);
    }

    @Test
    void answersEveryWriteWithItsLedgerPosition() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        ApiResponse created = api.post("/v1/clouds", "{\"name\": \"" + unique("p") + "\"}");
        long id = created.json().get("id").longValue();
        ApiResponse updated = api.put("/v1/clouds/" + id, "{\"note\": \"n\"}");
        ApiResponse variables = api.put("/v1/clouds/" + id + "/variables", "{\"a\": 1}");
        ApiResponse deletedVariables = api.delete("/v1/clouds/" + id + "/variables", "[\"a\"]");
        ApiResponse deleted = api.delete("/v1/clouds/" + id);
        assertThat(List.of(created, updated, variables, deletedVariables, deleted))
                .extracting(ApiResponse::position)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void answersConcurrentWritesEachWithItsOwnLastEvent() throws Exception {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        List<Callable<ApiResponse>> writes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String name = unique("concurrent");
            writes.add(() -> api.post("/v1/clouds", "{\"name\": \"" + name + "\", \"variables\": {\"k\": 1}}"));
        }
        List<ApiResponse> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (Future<ApiResponse> answer : clients.invokeAll(writes)) {
                answers.add(answer.get());
            }
        }
        for (ApiResponse answer : answers) {
            assertThat(answer.status()).isEqualTo(201);
            Long last = jdbc().queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, "cloud:" + answer.json().get("id").longValue());
            assertThat(answer.position()).isEqualTo(last);
        }
    }

    @Test
    void answersACascadingDeleteWithItsLastEvent() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long cloud = api.post("/v1/clouds", "{\"name\": \"" + unique("cascade") + "\"}").json().get("id").longValue();
        api.post("/v1/regions", "{\"name\": \"" + unique("r") + "\", \"cloud_id\": " + cloud + "}");
        ApiResponse deleted = api.delete("/v1/clouds/" + cloud + "?cascade=true");

        assertThat(deleted.status()).isEqualTo(204);
        Long last = jdbc().queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE meta_data::jsonb ->> 'correlationId' = "
                + "(SELECT meta_data::jsonb ->> 'correlationId' FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number DESC LIMIT 1)", Long.class, "cloud:" + cloud);
        assertThat(deleted.position()).isEqualTo(last);
    }

    @Test
    void loadsAResourceWhoseEventsFillSeveralReads() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long cloud = api.post("/v1/clouds", "{\"name\": \"" + unique("long-lived") + "\"}").json().get("id").longValue();
        // 100 events fill one read of an aggregate's events exactly; 101 need a second one
        for (int note = 1; note <= 100; note++) {
            assertThat(api.put("/v1/clouds/" + cloud, "{\"note\": \"n" + note + "\"}").status()).isEqualTo(200);
        }
        ApiResponse updated = api.put("/v1/clouds/" + cloud, "{\"note\": \"last\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("note").stringValue()).isEqualTo("last");
        assertThat(jdbc().queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "cloud:" + cloud)).isEqualTo(101L);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
