package org.fleetledger.gateway.history;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reverting a change appends compensating events, refuses to undo later changes silently, and can be forced. */
class RevertApiTest extends ApiTest {

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

    private long host(String variables) {
        return id(api.post("/v1/hosts", "{\"name\": \"" + unique("h") + "\", \"cloud_id\": " + cloud
                + ", \"region_id\": " + region + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", "
                + "\"variables\": " + variables + "}"));
    }

    private JsonNode last(String path) {
        JsonNode history = api.get(path + "/history?limit=100").json().get("history");
        return history.get(history.size() - 1);
    }

    private String own(long host) {
        return api.get("/v1/hosts/" + host + "/variables?resolved-values=false").json().get("variables").toString();
    }

    @Test
    void setsVariablesBackAndRecordsWhoRevertedWhy() {
        long host = host("{\"a\": 1}");
        api.put("/v1/hosts/" + host + "/variables", "{\"a\": 2, \"b\": 3}");
        String change = last("/v1/hosts/" + host).get("event_id").stringValue();

        ApiResponse reverted = api.with("X-Change-Note", "undo OPS-9").post("/v1/changes/" + change + "/revert", null);
        assertThat(reverted.status()).isEqualTo(200);
        assertThat(reverted.json().get("reverted_event_id").stringValue()).isEqualTo(change);
        assertThat(own(host)).isEqualTo("{\"a\":1}");
        JsonNode history = api.get("/v1/hosts/" + host + "/history").json().get("history");
        JsonNode set = history.get(history.size() - 2);
        JsonNode deleted = history.get(history.size() - 1);
        assertThat(set.get("type").stringValue()).isEqualTo("VariablesSet");
        assertThat(set.get("changes").get("variables").toString()).isEqualTo("{\"a\":{\"before\":2,\"after\":1}}");
        assertThat(deleted.get("changes").get("variables").toString()).isEqualTo("{\"b\":{\"before\":3}}");
        assertThat(deleted.get("note").stringValue()).isEqualTo("undo OPS-9");
        assertThat(deleted.get("actor").get("username").stringValue()).isEqualTo(api.header("X-Auth-User"));
        assertThat(set.get("correlation_id")).isEqualTo(deleted.get("correlation_id"));
    }

    @Test
    void refusesToUndoLaterChangesUnlessForced() {
        long host = host("{\"a\": 1}");
        api.put("/v1/hosts/" + host + "/variables", "{\"a\": 5}");
        String first = last("/v1/hosts/" + host).get("event_id").stringValue();
        api.put("/v1/hosts/" + host + "/variables", "{\"a\": 6}");
        long later = last("/v1/hosts/" + host).get("position").longValue();

        ApiResponse refused = api.post("/v1/changes/" + first + "/revert", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue()).contains("position " + later);
        assertThat(own(host)).isEqualTo("{\"a\":6}");

        assertThat(api.post("/v1/changes/" + first + "/revert?force=true", null).status()).isEqualTo(200);
        assertThat(own(host)).isEqualTo("{\"a\":1}");
        assertThat(last("/v1/hosts/" + host).get("note").stringValue()).isEqualTo("revert of " + first);
    }

    @Test
    void revertsLabelsLabelVariablesAndCreations() {
        long host = host("{}");
        api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"gpu\"]}");
        api.post("/v1/changes/" + last("/v1/hosts/" + host).get("event_id").stringValue() + "/revert", null);
        assertThat(api.get("/v1/hosts/" + host + "/labels").json().get("labels").toString()).isEqualTo("[]");

        api.put("/v1/labels/gpu/variables", "{\"x\": 1}");
        JsonNode labelChange = api.get("/v1/changes?resource_type=label&resource_id=gpu").json().get("changes").get(0);
        assertThat(api.post("/v1/changes/" + labelChange.get("event_id").stringValue() + "/revert", null).status())
                .isEqualTo(200);
        assertThat(api.get("/v1/labels/gpu/variables").json().get("variables").toString()).isEqualTo("{}");

        long extra = id(api.post("/v1/clouds", "{\"name\": \"extra\"}"));
        String creation = api.get("/v1/clouds/" + extra + "/history").json().get("history").get(0).get("event_id")
                .stringValue();
        assertThat(api.post("/v1/changes/" + creation + "/revert", null).status()).isEqualTo(200);
        assertThat(api.get("/v1/clouds/" + extra).status()).isEqualTo(404);
    }

    @Test
    void setsFieldsBackWithTheirOwnChecks() {
        long host = host("{}");
        String original = api.get("/v1/hosts/" + host).json().get("name").stringValue();
        api.put("/v1/hosts/" + host, "{\"name\": \"renamed\", \"note\": \"n\"}");
        String rename = last("/v1/hosts/" + host).get("event_id").stringValue();
        assertThat(api.post("/v1/changes/" + rename + "/revert", null).status()).isEqualTo(200);
        JsonNode back = api.get("/v1/hosts/" + host).json();
        assertThat(back.get("name").stringValue()).isEqualTo(original);
        assertThat(back.get("note").isNull()).isTrue();

        api.put("/v1/clouds/" + cloud, "{\"name\": \"second\"}");
        String cloudRename = last("/v1/clouds/" + cloud).get("event_id").stringValue();
        api.post("/v1/clouds", "{\"name\": \"c\"}");
        assertThat(api.post("/v1/changes/" + cloudRename + "/revert", null).status())
                .as("the old name is taken again").isEqualTo(409);
    }

    @Test
    void answersWhatItCannotRevert() {
        long extra = id(api.post("/v1/clouds", "{\"name\": \"doomed\"}"));
        api.delete("/v1/clouds/" + extra);
        String update = last("/v1/clouds/" + extra).get("event_id").stringValue();
        assertThat(api.post("/v1/changes/" + update + "/revert", null).status()).isEqualTo(400);
        assertThat(api.post("/v1/changes/" + UUID.randomUUID() + "/revert", null).status()).isEqualTo(404);
        assertThat(newProjectWithUser(Role.ADMIN).post("/v1/changes/" + update + "/revert", null).status())
                .isEqualTo(404);
        assertThat(userIn(project, Role.READER).post("/v1/changes/" + update + "/revert", null).status())
                .isEqualTo(403);
    }
}
