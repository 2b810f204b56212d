package org.fleetledger.gateway.inventory;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Clouds, regions and cells as one tree: references, uniqueness, resolution, dependants and cascades. */
class InventoryTreeApiTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void buildsATreeAndResolvesVariablesDownIt() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"ntp\": \"cloud\", \"dns\": \"cloud\", \"tz\": \"UTC\"}}"));
        ApiResponse createdRegion = api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud
                + ", \"variables\": {\"ntp\": \"region\", \"dns\": null}}");
        assertThat(createdRegion.status()).isEqualTo(201);
        assertThat(createdRegion.header("Location")).endsWith("/v1/regions/" + id(createdRegion));
        assertThat(fields(createdRegion.json())).containsExactly(
                "cloud_id", "created_at", "id", "name", "note", "project_id", "updated_at", "variables");
        long region = id(createdRegion);
        ApiResponse createdCell = api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"variables\": {\"ntp\": \"cell\"}}");
        assertThat(createdCell.status()).isEqualTo(201);
        assertThat(fields(createdCell.json())).containsExactly(
                "cloud_id", "created_at", "id", "name", "note", "project_id", "region_id", "updated_at", "variables");
        long cell = id(createdCell);

        assertThat(api.get("/v1/regions/" + region).json().get("variables").toString())
                .isEqualTo("{\"dns\":null,\"ntp\":\"region\",\"tz\":\"UTC\"}");
        assertThat(api.get("/v1/regions/" + region + "?resolved-values=false").json().get("variables").toString())
                .isEqualTo("{\"dns\":null,\"ntp\":\"region\"}");
        assertThat(api.get("/v1/cells/" + cell).json().get("variables").toString())
                .isEqualTo("{\"dns\":null,\"ntp\":\"cell\",\"tz\":\"UTC\"}");
        assertThat(api.get("/v1/cells/" + cell + "/variables").json().get("variables").toString())
                .isEqualTo("{\"ntp\":\"cell\"}");
        assertThat(api.get("/v1/cells/" + cell + "/variables?resolved-values=true").status()).isEqualTo(400);

        api.put("/v1/clouds/" + cloud + "/variables", "{\"tz\": \"CET\"}");
        assertThat(api.get("/v1/cells/" + cell).json().get("variables").get("tz").stringValue()).isEqualTo("CET");

        JsonNode detailed = api.get("/v1/cells?details=true&region_id=" + region).json();
        assertThat(detailed.get("cells")).hasSize(1);
        assertThat(detailed.get("cells").get(0).get("variables").get("tz").stringValue()).isEqualTo("CET");
        assertThat(detailed.get("links").get(0).get("href").stringValue())
                .contains("region_id=" + region).contains("details=True").contains("resolved-values=True");
        assertThat(api.get("/v1/regions?cloud_id=" + cloud).json().get("regions")).hasSize(1);
        assertThat(api.get("/v1/regions?cloud_id=" + (cloud + 100000)).json().get("regions").isEmpty()).isTrue();
        assertThat(api.get("/v1/regions?name=r").json().get("regions").get(0).get("id").longValue()).isEqualTo(region);
        assertThat(api.get("/v1/regions?name=nothing").status()).isEqualTo(404);
    }

    @Test
    void refusesReferencesThatAreAbsentForeignOrInconsistent() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        ApiClient other = newProjectWithUser(Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c1\"}"));
        long cloud2 = id(api.post("/v1/clouds", "{\"name\": \"c2\"}"));
        long foreignCloud = id(other.post("/v1/clouds", "{\"name\": \"c\"}"));
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));

        assertBadReference(api.post("/v1/regions", "{\"name\": \"x\", \"cloud_id\": 999999999}"), "cloud_id");
        assertBadReference(api.post("/v1/regions", "{\"name\": \"x\", \"cloud_id\": " + foreignCloud + "}"), "cloud_id");
        assertBadReference(api.post("/v1/cells", "{\"name\": \"x\", \"cloud_id\": " + cloud2 + ", \"region_id\": "
                + region + "}"), "region_id");
        assertBadReference(api.post("/v1/cells", "{\"name\": \"x\", \"cloud_id\": " + cloud + ", \"region_id\": 999999999}"),
                "region_id");
        assertThat(api.post("/v1/cells", "{\"name\": \"x\", \"cloud_id\": \"1\", \"region_id\": 1}").status())
                .isEqualTo(400);
    }

    @Test
    void keepsNamesUniqueWithinTheirParent() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c1\"}"));
        long cloud2 = id(api.post("/v1/clouds", "{\"name\": \"c2\"}"));
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        ApiResponse duplicate = api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("message").stringValue()).isEqualTo("A region with the given name already exists.");
        assertThat(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud2 + "}").status()).isEqualTo(201);

        long region2 = id(api.post("/v1/regions", "{\"name\": \"r2\", \"cloud_id\": " + cloud + "}"));
        assertThat(api.put("/v1/regions/" + region2, "{\"name\": \"r\"}").status()).isEqualTo(409);

        api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}");
        ApiResponse duplicateCell = api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}");
        assertThat(duplicateCell.status()).isEqualTo(409);
        assertThat(duplicateCell.json().get("message").stringValue()).isEqualTo("A cell with the given name already exists.");
    }

    @Test
    void refusesToDeleteWhatHasDependantsUnlessCascading() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"a\": 1}}"));
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        long cell1 = id(api.post("/v1/cells", "{\"name\": \"k1\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}"));
        long cell2 = id(api.post("/v1/cells", "{\"name\": \"k2\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"variables\": {\"b\": 2}}"));

        ApiResponse refused = api.delete("/v1/clouds/" + cloud);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue()).isEqualTo("The cloud " + cloud
                + " still has dependants: 1 region, 2 cells. Delete them first, or delete with ?cascade=true.");
        assertThat(api.delete("/v1/regions/" + region).status()).isEqualTo(409);
        assertThat(api.delete("/v1/cells/" + cell1).status()).isEqualTo(204);

        ApiResponse cascaded = api.with("X-Change-Note", "decommission").delete("/v1/clouds/" + cloud + "?cascade=true");
        assertThat(cascaded.status()).isEqualTo(204);
        assertThat(api.get("/v1/clouds/" + cloud).status()).isEqualTo(404);
        assertThat(api.get("/v1/regions/" + region).status()).isEqualTo(404);
        assertThat(api.get("/v1/cells/" + cell2).status()).isEqualTo(404);
        assertThat(api.get("/v1/cells/" + cell2 + "/variables").status()).isEqualTo(404);

        List<String> correlationIds = new JdbcTemplate(dataSource).queryForList(
                "SELECT meta_data::jsonb ->> 'correlationId' FROM domain_event_entry WHERE aggregate_identifier IN (?, ?, ?)"
                        + " AND payload_type LIKE '%Deleted' AND payload_type NOT LIKE '%Variables%'",
                String.class, "cloud:" + cloud, "region:" + region, "cell:" + cell2);
        assertThat(correlationIds).hasSize(3).containsOnly(correlationIds.getFirst());

        assertThat(api.post("/v1/clouds", "{\"name\": \"c\"}").status()).as("names freed").isEqualTo(201);
    }

    @Test
    void isolatesProjectsAndRoles() {
        UUID project = createProject();
        ApiClient member = userIn(project, Role.MEMBER);
        ApiClient reader = userIn(project, Role.READER);
        ApiClient stranger = newProjectWithUser(Role.ADMIN);
        long cloud = id(member.post("/v1/clouds", "{\"name\": \"c\"}"));
        long region = id(member.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        long cell = id(member.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}"));

        for (String path : List.of("/v1/regions/" + region, "/v1/cells/" + cell)) {
            assertThat(stranger.get(path).status()).isEqualTo(404);
            assertThat(stranger.put(path, "{\"note\": \"x\"}").status()).isEqualTo(404);
            assertThat(stranger.delete(path).status()).isEqualTo(404);
            assertThat(stranger.delete(path + "?cascade=true").status()).isEqualTo(404);
            assertThat(stranger.put(path + "/variables", "{\"a\": 1}").status()).isEqualTo(404);
            assertThat(reader.get(path).status()).isEqualTo(200);
            assertThat(reader.put(path, "{\"note\": \"x\"}").status()).isEqualTo(403);
            assertThat(reader.delete(path).status()).isEqualTo(403);
        }
        assertThat(stranger.get("/v1/cells").json().get("cells").isEmpty()).isTrue();
        assertThat(stranger.get("/v1/regions").json().get("regions").isEmpty()).isTrue();
        assertThat(root().get("/v1/cells/" + cell).status()).isEqualTo(200);
    }

    private static void assertBadReference(ApiResponse response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").stringValue()).startsWith("'" + field + "': ");
    }
}
