package org.fleetledger.gateway.variables;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.AnotherNode;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A variables write answers its owner's own variables from the owner's aggregate (ADR 0042): for every
 * kind of owner, after sets, deletions, a deletion and restoration of the owner, and a change by another
 * node, the answer is what the read model then gives.
 */
class VariablesWriteAnswerTest extends ApiTest {

    /** Decimals kept exact, so that 1.10 and 1.1 differ. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    DataSource dataSource;

    @Test
    void answersWhatTheReadModelGivesForEveryKindOfOwner() {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.ADMIN); // a project's own variables are its administrators'
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"at\": \"create\"}}"));
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        long cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}"));
        long host = id(api.post("/v1/hosts", "{\"name\": \"h\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", "
                + "\"variables\": {\"at\": \"create\", \"gone\": 1}}"));
        long device = id(api.post("/v1/network-devices", "{\"name\": \"sw\", \"cloud_id\": " + cloud
                + ", \"region_id\": " + region + ", \"ip_address\": \"10.0.0.2\", \"device_type\": \"switch\"}"));
        long network = id(api.post("/v1/networks", "{\"name\": \"n\", \"cidr\": \"10.0.0.0/24\", \"gateway\": "
                + "\"10.0.0.1\", \"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}"));
        List<String> owners = new ArrayList<>(List.of("/v1/projects/" + project, "/v1/clouds/" + cloud,
                "/v1/regions/" + region, "/v1/cells/" + cell, "/v1/hosts/" + host, "/v1/network-devices/" + device,
                "/v1/networks/" + network, "/v1/labels/gpu"));

        for (String owner : owners) {
            String variables = owner + "/variables";
            assertAnswerIsRead(api, variables, "{\"a\": 1.10, \"b\": {\"y\": [1, \"two\", null], \"x\": true}, "
                    + "\"c\": null, \"dé\": \"ü\", \"big\": 123456789012345678901234567890}");
            assertAnswerIsRead(api, variables, "{\"a\": 2, \"e\": []}");
            assertThat(api.delete(variables, "[\"b\", \"absent\"]").status()).as(owner).isEqualTo(204);
            ApiResponse last = assertAnswerIsRead(api, variables, "{\"f\": \"last\"}");
            assertThat(last.text()).as(owner + ": the decimal keeps its scale").contains("\"a\":2,")
                    .doesNotContain("\"b\"");
        }
        assertThat(api.put("/v1/hosts/" + host + "/variables", "{\"x\": 1}").text())
                .as("the host's own variables only, with those it was created with")
                .contains("\"at\":\"create\"").contains("\"gone\":1");
    }

    @Test
    void answersTheVariablesOfARestoredOwnerAndOfOneChangedByAnotherNode() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        Place place = newCloudAndRegion(api);
        long host = id(api.post("/v1/hosts", "{\"name\": \"h\", " + place.fields()
                + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", \"variables\": {\"kept\": 1.50}}"));
        String variables = "/v1/hosts/" + host + "/variables";
        api.put(variables, "{\"before\": \"delete\"}");
        api.delete("/v1/hosts/" + host);
        JsonNode history = api.get("/v1/hosts/" + host + "/history?limit=100").json().get("history");
        String deletionId = history.get(history.size() - 1).get("event_id").stringValue();
        assertThat(api.post("/v1/changes/" + deletionId + "/revert", null).status()).isEqualTo(200);
        assertThat(assertAnswerIsRead(api, variables, "{\"after\": \"restore\"}").text())
                .contains("\"before\":\"delete\"").contains("\"kept\":1.50");

        // another node sets a variable of the host: its aggregate here is stale and is read from the log
        long position = api.put(variables, "{\"other\": \"node\"}").position();
        new AnotherNode(dataSource).appendsCopyOf(position, "\"node\"", "\"elsewhere\"");

        assertThat(assertAnswerIsRead(api, variables, "{\"here\": 1}").text()).contains("\"other\":\"elsewhere\"");
    }

    /** PUTs {@code body} and checks the answer against a read of the same variables; answers the PUT. */
    private static ApiResponse assertAnswerIsRead(ApiClient api, String variables, String body) {
        ApiResponse written = api.put(variables, body);
        assertThat(written.status()).as(variables).isEqualTo(200);
        // a host's variables are read resolved unless asked otherwise; the answer is its own
        ApiResponse read = api.get(variables + (variables.startsWith("/v1/hosts/") ? "?resolved-values=false" : ""));
        assertThat(EXACT.readTree(written.text())).as(variables + " after " + body)
                .isEqualTo(EXACT.readTree(read.text()));
        return written;
    }
}
