package org.fleetledger.gateway.history;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
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

        long created = host("{\"k\": 1, \"other\": 2}");
        String hostCreation = api.get("/v1/hosts/" + created + "/history").json().get("history").get(0)
                .get("event_id").stringValue();
        api.put("/v1/hosts/" + created + "/variables", "{\"k\": 3}");
        assertThat(api.post("/v1/changes/" + hostCreation + "/revert", null).status())
                .as("a later change of a key the creation set (ADR 0062)").isEqualTo(409);
        assertThat(api.post("/v1/changes/" + hostCreation + "/revert?force=true", null).status()).isEqualTo(200);
        assertThat(api.get("/v1/hosts/" + created).status()).isEqualTo(404);
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
    void restoresADeletedHostWithItsFieldsLabelsAndVariables() {
        long cell = id(api.post("/v1/cells", "{\"name\": \"cell\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}"));
        long host = id(api.post("/v1/hosts", "{\"name\": \"web-1\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.7\", \"device_type\": \"server\", "
                + "\"labels\": [\"gpu\"], \"variables\": {\"a\": {\"b\": [1, 2.50]}, \"n\": null}}"));
        api.put("/v1/hosts/" + host, "{\"note\": \"rack 7\", \"active\": false}");
        api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"gpu\", \"ssd\"]}");
        api.put("/v1/regions/" + region + "/variables", "{\"zone\": \"z1\"}");
        JsonNode before = api.get("/v1/hosts/" + host).json();
        String resolvedBefore = api.get("/v1/hosts/" + host + "/variables").json().toString();
        api.delete("/v1/hosts/" + host);
        String deletion = last("/v1/hosts/" + host).get("event_id").stringValue();

        ApiResponse restored = api.with("X-Change-Note", "deleted by mistake")
                .post("/v1/changes/" + deletion + "/revert", null);
        assertThat(restored.status()).isEqualTo(200);
        JsonNode after = api.get("/v1/hosts/" + host).json();
        for (String field : new String[] {"name", "cell_id", "region_id", "cloud_id", "ip_address", "device_type",
                "active", "note", "parent_id", "project_id"}) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(api.get("/v1/hosts/" + host + "/labels").json().get("labels").toString())
                .isEqualTo("[\"gpu\",\"ssd\"]");
        assertThat(own(host)).isEqualTo("{\"a\":{\"b\":[1,2.50]},\"n\":null}");
        assertThat(api.get("/v1/hosts/" + host + "/variables").json().toString()).isEqualTo(resolvedBefore);
        assertThat(api.get("/v1/hosts?name=web-1").json().get("hosts").size()).isEqualTo(1);

        JsonNode history = api.get("/v1/hosts/" + host + "/history?limit=100").json().get("history");
        JsonNode restoreRecord = history.get(history.size() - 3);
        assertThat(restoreRecord.get("type").stringValue()).isEqualTo("HostRestored");
        assertThat(restoreRecord.get("note").stringValue()).isEqualTo("deleted by mistake");
        assertThat(restoreRecord.get("changes").get("fields").get("name").toString())
                .isEqualTo("{\"after\":\"web-1\"}");
        assertThat(history.get(history.size() - 2).get("type").stringValue()).isEqualTo("LabelsAdded");
        assertThat(history.get(history.size() - 1).get("type").stringValue()).isEqualTo("VariablesSet");

        assertThat(api.post("/v1/changes/" + deletion + "/revert", null).status())
                .as("a second revert of the same delete meets the restore").isEqualTo(409);
        ApiResponse again = api.post("/v1/changes/" + deletion + "/revert?force=true", null);
        assertThat(again.status()).as("forced, it still cannot restore what exists").isEqualTo(409);
        assertThat(again.json().get("message").stringValue()).contains("exists");

        String restoreEvent = restoreRecord.get("event_id").stringValue();
        assertThat(api.post("/v1/changes/" + restoreEvent + "/revert?force=true", null).status()).isEqualTo(200);
        assertThat(api.get("/v1/hosts/" + host).status()).as("reverting the restore deletes again").isEqualTo(404);
    }

    @Test
    void restoresOnlyWhereTheResourceStillFits() {
        long cell = id(api.post("/v1/cells", "{\"name\": \"cell\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"variables\": {\"tier\": 1}}"));
        api.delete("/v1/cells/" + cell);
        String cellDeletion = last("/v1/cells/" + cell).get("event_id").stringValue();
        api.post("/v1/cells", "{\"name\": \"cell\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}");
        ApiResponse taken = api.post("/v1/changes/" + cellDeletion + "/revert", null);
        assertThat(taken.status()).as("its name was taken meanwhile").isEqualTo(409);
        assertThat(taken.json().get("message").stringValue()).startsWith("cell " + cell + " cannot be restored");

        long other = id(api.post("/v1/cells", "{\"name\": \"other\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}"));
        long host = id(api.post("/v1/hosts", "{\"name\": \"h\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"cell_id\": " + other + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\"}"));
        api.delete("/v1/hosts/" + host);
        String hostDeletion = last("/v1/hosts/" + host).get("event_id").stringValue();
        api.delete("/v1/cells/" + other);
        ApiResponse orphan = api.post("/v1/changes/" + hostDeletion + "/revert", null);
        assertThat(orphan.status()).as("its cell is gone").isEqualTo(409);
        assertThat(api.get("/v1/hosts/" + host).status()).isEqualTo(404);

        String otherDeletion = last("/v1/cells/" + other).get("event_id").stringValue();
        assertThat(api.post("/v1/changes/" + otherDeletion + "/revert", null).status()).isEqualTo(200);
        assertThat(api.post("/v1/changes/" + hostDeletion + "/revert", null).status())
                .as("once the cell is back, so can the host be").isEqualTo(200);
        assertThat(api.get("/v1/hosts/" + host).json().get("cell_id").longValue()).isEqualTo(other);
        assertThat(api.get("/v1/cells?region_id=" + region).json().get("cells").size()).isEqualTo(2);
    }

    @Test
    void restoresEveryInventoryTypeFromItsDelete() {
        long extraCloud = id(api.post("/v1/clouds", "{\"name\": \"c2\", \"variables\": {\"k\": \"c\"}}"));
        long extraRegion = id(api.post("/v1/regions", "{\"name\": \"r2\", \"cloud_id\": " + extraCloud
                + ", \"note\": \"n\", \"variables\": {\"k\": \"r\"}}"));
        long network = id(api.post("/v1/networks", "{\"name\": \"net\", \"cloud_id\": " + extraCloud
                + ", \"region_id\": " + extraRegion + ", \"cidr\": \"10.0.0.0/24\", \"gateway\": \"10.0.0.1\", "
                + "\"netmask\": \"255.255.255.0\", \"variables\": {\"k\": \"n\"}}"));
        long device = id(api.post("/v1/network-devices", "{\"name\": \"sw\", \"cloud_id\": " + extraCloud
                + ", \"region_id\": " + extraRegion + ", \"ip_address\": \"10.0.0.2\", \"device_type\": \"switch\", "
                + "\"os_version\": \"9\"}"));
        api.put("/v1/network-devices/" + device + "/labels", "{\"labels\": [\"core\"]}");
        long iface = id(api.post("/v1/network-interfaces", "{\"name\": \"eth0\", \"device_id\": " + device
                + ", \"network_id\": " + network + ", \"ip_address\": \"10.0.0.2\", \"interface_type\": \"ethernet\", "
                + "\"port\": 1}"));
        String[] paths = {"/v1/network-interfaces/" + iface, "/v1/network-devices/" + device, "/v1/networks/" + network,
            "/v1/regions/" + extraRegion, "/v1/clouds/" + extraCloud};
        String[] before = new String[paths.length];
        String[] deletions = new String[paths.length];
        for (int i = 0; i < paths.length; i++) {
            before[i] = withoutTimes(api.get(paths[i]).json());
            assertThat(api.delete(paths[i]).status()).as(paths[i]).isEqualTo(204);
            deletions[i] = last(paths[i]).get("event_id").stringValue();
        }
        for (int i = paths.length - 1; i >= 0; i--) {
            assertThat(api.post("/v1/changes/" + deletions[i] + "/revert", null).status()).as(paths[i]).isEqualTo(200);
            assertThat(withoutTimes(api.get(paths[i]).json())).as(paths[i]).isEqualTo(before[i]);
        }
        assertThat(api.get("/v1/networks/" + network + "/variables").json().get("variables").toString())
                .isEqualTo("{\"k\":\"n\"}");
        assertThat(api.get("/v1/network-devices/" + device + "/labels").json().get("labels").toString())
                .isEqualTo("[\"core\"]");
    }

    private static String withoutTimes(JsonNode resource) {
        ObjectNode copy = (ObjectNode) resource.deepCopy();
        copy.remove(List.of("created_at", "updated_at"));
        return copy.toString();
    }

    @Test
    void answersWhatItCannotRevert() {
        ApiClient admin = userIn(project, Role.ADMIN);
        JsonNode user = admin.post("/v1/users", "{\"username\": \"" + unique("u") + "\", \"project_id\": \""
                + project + "\"}").json();
        admin.delete("/v1/users/" + user.get("id").asString());
        String deletion = admin.get("/v1/users/" + user.get("id").asString() + "/history").json().get("history")
                .get(1).get("event_id").stringValue();
        ApiResponse refused = admin.post("/v1/changes/" + deletion + "/revert", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").stringValue()).contains("API key never comes back");
        assertThat(api.post("/v1/changes/" + UUID.randomUUID() + "/revert", null).status()).isEqualTo(404);
        assertThat(newProjectWithUser(Role.ADMIN).post("/v1/changes/" + deletion + "/revert", null).status())
                .isEqualTo(404);
        assertThat(userIn(project, Role.READER).post("/v1/changes/" + deletion + "/revert", null).status())
                .isEqualTo(403);
    }
}
