package org.fleetledger.gateway.history;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** History of one resource and the change feed, read from the event log with before → after changes. */
class HistoryApiTest extends ApiTest {

    private UUID project;
    private ApiClient api;
    private long cloud;
    private long region;

    @BeforeEach
    void tree() {
        project = createProject();
        api = userIn(project, Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
    }

    private long host(String name, String variables) {
        return id(api.post("/v1/hosts", "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", \"variables\": "
                + variables + "}"));
    }

    private static List<String> types(JsonNode records) {
        List<String> types = new ArrayList<>();
        records.forEach(record -> types.add(record.get("type").stringValue()));
        return types;
    }

    @Test
    void tellsAHostsWholeStoryWithBeforeAndAfterEvenAfterItsDeletion() {
        long host = host("h1", "{\"rack\": \"a\", \"gone\": 1}");
        ApiClient noted = api.with("X-Change-Note", "renamed for the audit").with("X-Request-ID", "req-history-1");
        noted.put("/v1/hosts/" + host, "{\"name\": \"h2\"}");
        api.put("/v1/hosts/" + host + "/variables", "{\"rack\": \"b\", \"nothing\": null}");
        api.delete("/v1/hosts/" + host + "/variables", "[\"gone\"]");
        api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"gpu\", \"ssd\"]}");
        assertThat(api.delete("/v1/hosts/" + host).status()).isEqualTo(204);

        JsonNode history = api.get("/v1/hosts/" + host + "/history").json().get("history");
        assertThat(types(history)).as("a creation is one event, its variables in it (ADR 0062)")
                .containsExactly("HostCreated", "HostUpdated", "VariablesSet", "VariablesDeleted", "LabelsAdded",
                        "HostDeleted");

        JsonNode created = history.get(0);
        assertThat(created.get("resource").toString())
                .isEqualTo("{\"type\":\"host\",\"id\":\"" + host + "\",\"project_id\":\"" + project + "\"}");
        assertThat(created.get("changes").get("fields").get("name").toString()).isEqualTo("{\"after\":\"h1\"}");
        assertThat(created.get("changes").get("fields").has("variables")).as("variables are not a field").isFalse();
        assertThat(created.get("actor").get("username").stringValue()).isEqualTo(api.header("X-Auth-User"));
        assertThat(created.get("event_id").stringValue()).isNotEmpty();
        assertThat(created.get("changes").get("variables").toString())
                .isEqualTo("{\"gone\":{\"after\":1},\"rack\":{\"after\":\"a\"}}");

        JsonNode renamed = history.get(1);
        assertThat(renamed.get("note").stringValue()).isEqualTo("renamed for the audit");
        assertThat(renamed.get("request_id").stringValue()).isEqualTo("req-history-1");
        assertThat(renamed.get("changes").get("fields").toString())
                .as("only what changed").isEqualTo("{\"name\":{\"before\":\"h1\",\"after\":\"h2\"}}");
        assertThat(history.get(2).get("changes").get("variables").toString())
                .isEqualTo("{\"nothing\":{\"after\":null},\"rack\":{\"before\":\"a\",\"after\":\"b\"}}");
        assertThat(history.get(3).get("changes").get("variables").toString())
                .isEqualTo("{\"gone\":{\"before\":1}}");
        assertThat(history.get(4).get("changes").get("labels").toString())
                .isEqualTo("{\"added\":[\"gpu\",\"ssd\"],\"removed\":[]}");
        JsonNode deleted = history.get(5).get("changes");
        assertThat(deleted.get("fields").get("name").toString()).isEqualTo("{\"before\":\"h2\"}");
        assertThat(deleted.get("variables").get("rack").toString()).isEqualTo("{\"before\":\"b\"}");
        assertThat(deleted.get("labels").toString()).isEqualTo("{\"added\":[],\"removed\":[\"gpu\",\"ssd\"]}");

        long previous = 0;
        for (JsonNode record : history) {
            assertThat(record.get("position").longValue()).isGreaterThan(previous);
            previous = record.get("position").longValue();
        }
    }

    @Test
    void pagesByPositionAndHidesOtherProjects() {
        long host = host("paged", "{}");
        for (int i = 0; i < 12; i++) {
            api.put("/v1/hosts/" + host + "/variables", "{\"n\": " + i + "}");
        }
        ApiResponse first = api.get("/v1/hosts/" + host + "/history?limit=10");
        JsonNode page = first.json().get("history");
        assertThat(page).hasSize(10);
        JsonNode next = first.json().get("links").get(2);
        assertThat(next.get("rel").stringValue()).isEqualTo("next");
        assertThat(next.get("href").stringValue())
                .endsWith("/v1/hosts/" + host + "/history?limit=10&marker=" + page.get(9).get("position").longValue());
        JsonNode rest = api.get("/v1/hosts/" + host + "/history?limit=10&marker="
                + page.get(9).get("position").longValue()).json();
        assertThat(rest.get("history")).hasSize(3);
        assertThat(rest.get("links")).hasSize(2);
        assertThat(rest.get("history").get(2).get("changes").get("variables").toString())
                .isEqualTo("{\"n\":{\"before\":10,\"after\":11}}");

        assertThat(newProjectWithUser(Role.ADMIN).get("/v1/hosts/" + host + "/history").status()).isEqualTo(404);
        assertThat(api.get("/v1/network-devices/" + host + "/history").status())
                .as("a host is no network device").isEqualTo(404);
        assertThat(api.get("/v1/hosts/999999999/history").status()).isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + host + "/history?limit=5").status()).isEqualTo(400);
    }

    @Test
    void feedsTheProjectsChangesWithFilters() {
        Instant before = Instant.now();
        long host = host("fed", "{\"a\": 1}");
        ApiClient other = userIn(project, Role.MEMBER);
        other.put("/v1/hosts/" + host + "/variables", "{\"a\": 2}");
        ApiClient stranger = newProjectWithUser(Role.ADMIN);

        JsonNode all = api.get("/v1/changes?limit=100").json().get("changes");
        assertThat(types(all)).containsSubsequence("ProjectCreated", "UserCreated", "CloudCreated", "RegionCreated",
                "HostCreated", "UserCreated", "VariablesSet");
        all.forEach(record -> assertThat(record.get("resource").get("project_id").stringValue())
                .isEqualTo(project.toString()));
        assertThat(stranger.get("/v1/changes?limit=100").json().get("changes").toString())
                .doesNotContain(project.toString());

        JsonNode ofHost = api.get("/v1/changes?resource_type=host&resource_id=" + host).json().get("changes");
        assertThat(types(ofHost)).containsExactly("HostCreated", "VariablesSet");
        assertThat(ofHost.get(1).get("changes").get("variables").toString())
                .isEqualTo("{\"a\":{\"before\":1,\"after\":2}}");
        assertThat(ofHost).isEqualTo(api.get("/v1/hosts/" + host + "/history").json().get("history"));

        JsonNode byOther = api.get("/v1/changes?actor=" + other.header("X-Auth-User")).json().get("changes");
        assertThat(types(byOther)).containsExactly("VariablesSet");
        long after = ofHost.get(0).get("position").longValue();
        assertThat(types(api.get("/v1/changes?resource_type=host&after_position=" + after).json().get("changes")))
                .containsExactly("VariablesSet");
        assertThat(api.get("/v1/changes?resource_type=cloud&since=" + before).json().get("changes")).isEmpty();
        assertThat(api.get("/v1/changes?resource_type=cloud&until=" + before).json().get("changes")).hasSize(1);

        assertThat(api.get("/v1/changes?resource_type=starship").status()).isEqualTo(400);
        assertThat(api.get("/v1/changes?resource_id=1").status()).isEqualTo(400);
        assertThat(api.get("/v1/changes?since=yesterday").json().get("message").stringValue())
                .contains("'since'");
    }
}
