package org.fleetledger.gateway.label;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Label scope: variables per label and project, resolved after the parent chain and before the cell. */
class LabelVariablesApiTest extends ApiTest {

    private UUID project;
    private ApiClient api;
    private long cloud;
    private long region;
    private long cell;

    @BeforeEach
    void tree() {
        project = createProject();
        api = userIn(project, Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"variables\": {\"from\": \"cell\", \"cell_only\": 1}}"));
    }

    private long host(String name, Long parent, String labels, String variables) {
        return id(api.post("/v1/hosts", "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\""
                + (parent == null ? "" : ", \"parent_id\": " + parent) + ", \"labels\": " + labels
                + ", \"variables\": " + variables + "}"));
    }

    private String resolved(long host) {
        return api.get("/v1/hosts/" + host + "/variables?resolved-values=true").json().get("variables").toString();
    }

    @Test
    void setsReadsAndDeletesALabelsVariables() {
        assertThat(api.get("/v1/labels/gpu/variables").json().toString()).isEqualTo("{\"variables\":{}}");
        ApiResponse set = api.put("/v1/labels/gpu/variables", "{\"driver\": \"550\", \"mig\": true}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().toString()).isEqualTo("{\"variables\":{\"driver\":\"550\",\"mig\":true}}");
        assertThat(api.delete("/v1/labels/gpu/variables", "[\"mig\"]").status()).isEqualTo(204);
        assertThat(api.get("/v1/labels/gpu/variables").json().toString())
                .isEqualTo("{\"variables\":{\"driver\":\"550\"}}");
        assertThat(api.get("/v1/labels/gpu/variables?resolved-values=true").status()).isEqualTo(400);
        assertThat(api.put("/v1/labels/gpu/variables", "[1]").status()).isEqualTo(400);
        assertThat(api.put("/v1/labels/" + "x".repeat(256) + "/variables", "{\"a\": 1}").status()).isEqualTo(400);
        assertThat(userIn(project, Role.READER).put("/v1/labels/gpu/variables", "{\"a\": 1}").status())
                .isEqualTo(403);
        assertThat(newProjectWithUser(Role.MEMBER).get("/v1/labels/gpu/variables").json().toString())
                .as("the same label in another project is another scope").isEqualTo("{\"variables\":{}}");
    }

    @Test
    void resolvesLabelsAfterTheParentChainAndBeforeTheCell() {
        api.put("/v1/labels/gpu/variables", "{\"from\": \"gpu\", \"gpu_only\": 1, \"shared\": \"gpu\"}");
        api.put("/v1/labels/ssd/variables", "{\"shared\": \"ssd\"}");
        long parent = host("hv", null, "[]", "{\"parent_only\": 1}");
        long child = host("vm", parent, "[\"ssd\", \"gpu\"]", "{}");

        assertThat(resolved(child)).isEqualTo("{\"cell_only\":1,\"from\":\"gpu\",\"gpu_only\":1,\"parent_only\":1,"
                + "\"shared\":\"ssd\"}");
        api.put("/v1/hosts/" + parent + "/variables", "{\"from\": \"parent\"}");
        assertThat(api.get("/v1/hosts/" + child).json().get("variables").get("from").stringValue())
                .as("the parent chain comes before labels").isEqualTo("parent");
        assertThat(api.get("/v1/hosts/" + parent).json().get("variables").get("from").stringValue())
                .isEqualTo("parent");
        api.put("/v1/hosts/" + child + "/variables", "{\"shared\": \"own\"}");
        assertThat(api.get("/v1/hosts?details=true&id=" + child).json().get("hosts").get(0).get("variables")
                .get("shared").stringValue()).isEqualTo("own");

        api.delete("/v1/hosts/" + child + "/labels", "{\"labels\": [\"gpu\"]}");
        assertThat(resolved(child)).as("a removed label no longer applies")
                .isEqualTo("{\"cell_only\":1,\"from\":\"parent\",\"parent_only\":1,\"shared\":\"own\"}");
        assertThat(resolved(parent)).as("labels apply to the devices carrying them only")
                .isEqualTo("{\"cell_only\":1,\"from\":\"parent\",\"parent_only\":1}");
    }

    @Test
    void dropsALabelsVariablesWithItsProject() {
        api.put("/v1/labels/gpu/variables", "{\"a\": 1}");
        assertThat(root().delete("/v1/projects/" + project + "?cascade=true").status()).isEqualTo(204);
        UUID same = project;
        assertThat(root().get("/v1/projects/" + same).status()).isEqualTo(404);
    }
}
