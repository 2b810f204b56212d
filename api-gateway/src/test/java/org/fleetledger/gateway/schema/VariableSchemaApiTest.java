package org.fleetledger.gateway.schema;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Variable schemas: enforced on every write at every scope, refused over existing values unless forced. */
class VariableSchemaApiTest extends ApiTest {

    private ApiClient admin;
    private ApiClient member;
    private long cloud;
    private long region;

    @BeforeEach
    void project() {
        UUID project = createProject();
        admin = userIn(project, Role.ADMIN);
        member = userIn(project, Role.MEMBER);
        cloud = id(member.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"tier\": 1}}"));
        region = id(member.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
    }

    @Test
    void rejectsWritesThatBreakTheSchemaAtEveryScope() {
        ApiResponse set = admin.put("/v1/variable-schemas/tier", "{\"type\": \"integer\", \"minimum\": 1}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().toString()).isEqualTo("{\"key\":\"tier\",\"schema\":{\"type\":\"integer\",\"minimum\":1}}");
        assertThat(member.get("/v1/variable-schemas/tier").json().get("schema").get("minimum").intValue()).isEqualTo(1);

        ApiResponse broken = member.put("/v1/regions/" + region + "/variables", "{\"tier\": 0, \"other\": \"x\"}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").stringValue())
                .startsWith("'tier' of region " + region + " breaks its schema: minimum: ");
        assertThat(member.get("/v1/regions/" + region + "/variables").json().get("variables").has("other"))
                .as("nothing of the refused write was kept").isFalse();
        assertThat(member.put("/v1/labels/gpu/variables", "{\"tier\": \"high\"}").status()).isEqualTo(400);
        ApiResponse create = member.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"variables\": {\"tier\": -3}}");
        assertThat(create.status()).isEqualTo(400);
        assertThat(member.get("/v1/cells?name=k").json().get("cells").isEmpty()).as("no cell was created").isTrue();
        assertThat(member.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"variables\": {\"tier\": 2}}").status()).as("the name was not left claimed").isEqualTo(201);
        String host = "{\"name\": \"h\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", \"variables\": {\"tier\": %s}}";
        ApiResponse hostCreate = member.post("/v1/hosts", host.formatted("0"));
        assertThat(hostCreate.status()).as("a host's variables travel in its creation (ADR 0062)").isEqualTo(400);
        assertThat(hostCreate.json().get("message").stringValue()).startsWith("'tier' of device ");
        assertThat(member.get("/v1/hosts?name=h").json().get("hosts").isEmpty()).as("no host was created").isTrue();
        assertThat(member.post("/v1/hosts", host.formatted("5")).status()).isEqualTo(201);
        assertThat(member.put("/v1/regions/" + region + "/variables", "{\"tier\": 3}").status()).isEqualTo(200);

        assertThat(admin.delete("/v1/variable-schemas/tier").status()).isEqualTo(204);
        assertThat(member.put("/v1/regions/" + region + "/variables", "{\"tier\": 0}").status()).isEqualTo(200);
        assertThat(member.get("/v1/variable-schemas/tier").status()).isEqualTo(404);
        assertThat(admin.delete("/v1/variable-schemas/tier").status()).isEqualTo(404);
    }

    @Test
    void refusesASchemaThatExistingValuesBreakUnlessForced() {
        member.put("/v1/regions/" + region + "/variables", "{\"tier\": \"gold\"}");
        ApiResponse refused = admin.put("/v1/variable-schemas/tier", "{\"type\": \"integer\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue())
                .startsWith("Existing values of 'tier' break the schema: region " + region + " (type: ")
                .endsWith("Change them first, or set the schema with ?force=true.");
        assertThat(member.get("/v1/variable-schemas/tier").status()).isEqualTo(404);

        assertThat(admin.put("/v1/variable-schemas/tier?force=true", "{\"type\": \"integer\"}").status()).isEqualTo(200);
        assertThat(member.get("/v1/regions/" + region + "/variables").json().get("variables").get("tier").stringValue())
                .as("forcing keeps the existing values").isEqualTo("gold");
        assertThat(member.put("/v1/clouds/" + cloud + "/variables", "{\"tier\": \"silver\"}").status()).isEqualTo(400);
    }

    @Test
    void refusesSchemasThatAreNotSchemasAndNonAdmins() {
        assertThat(admin.put("/v1/variable-schemas/tier", "[1, 2]").status()).isEqualTo(400);
        assertThat(admin.put("/v1/variable-schemas/tier", "{\"type\": 12}").status()).isEqualTo(400);
        assertThat(member.put("/v1/variable-schemas/tier", "{\"type\": \"integer\"}").status()).isEqualTo(403);
        assertThat(admin.put("/v1/variable-schemas/tier?strict=1", "{\"type\": \"integer\"}").status()).isEqualTo(400);
        assertThat(newProjectWithUser(Role.ADMIN).get("/v1/variable-schemas/tier").status())
                .as("schemas are per project").isEqualTo(404);
    }
}
