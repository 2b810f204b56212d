package org.fleetledger.gateway.history;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/hosts?as_of=}: the hosts that existed then, as they were, with the filters and pages of now. */
class PastHostListTest extends ApiTest {

    private ApiClient api;
    private long cloud;
    private long region;
    private long cellA;
    private long cellB;

    @BeforeEach
    void tree() {
        UUID project = createProject();
        api = userIn(project, Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        cellA = id(api.post("/v1/cells", "{\"name\": \"a\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + "}"));
        cellB = id(api.post("/v1/cells", "{\"name\": \"b\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + "}"));
    }

    private ApiResponse host(String name, long cell, String extra) {
        return api.post("/v1/hosts", "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\""
                + extra + "}");
    }

    private List<String> names(String query) {
        ApiResponse listed = api.get("/v1/hosts?" + query);
        assertThat(listed.status()).as(query).isEqualTo(200);
        List<String> names = new ArrayList<>();
        listed.json().get("hosts").forEach(host -> names.add(host.get("name").stringValue()));
        return names;
    }

    @Test
    void listsTheHostsOfThenAsTheyWere() {
        long web = id(host("web", cellA, ", \"labels\": [\"gpu\"], \"variables\": {\"v\": 1}"));
        long db = id(host("db", cellB, ""));
        long then = api.put("/v1/regions/" + region + "/variables", "{\"zone\": \"z1\"}").position();

        api.put("/v1/hosts/" + web, "{\"name\": \"web-renamed\", \"active\": false}");
        api.put("/v1/hosts/" + web + "/labels", "{\"labels\": [\"ssd\"]}");
        api.put("/v1/hosts/" + web + "/variables", "{\"v\": 2}");
        api.put("/v1/regions/" + region + "/variables", "{\"zone\": \"z2\"}");
        api.delete("/v1/hosts/" + db);
        ApiResponse later = host("later", cellA, "");
        long now = later.position();

        assertThat(names("as_of=" + then)).containsExactly("web", "db");
        assertThat(names("")).containsExactly("web-renamed", "later");
        assertThat(names("as_of=" + then + "&name=web")).containsExactly("web");
        assertThat(names("as_of=" + then + "&name=web-renamed")).isEmpty();
        assertThat(names("as_of=" + then + "&label=gpu")).containsExactly("web");
        assertThat(names("as_of=" + then + "&label=ssd")).isEmpty();
        assertThat(names("as_of=" + then + "&cell_id=" + cellB)).containsExactly("db");
        assertThat(names("as_of=" + then + "&sort_keys=name&sort_dir=asc")).containsExactly("db", "web");

        JsonNode listed = api.get("/v1/hosts?as_of=" + then + "&details=true").json().get("hosts");
        for (JsonNode item : listed) {
            JsonNode single = api.get("/v1/hosts/" + item.get("id").longValue() + "?as_of=" + then).json();
            assertThat(item).as("an item equals the host read alone at the same position").isEqualTo(single);
        }
        assertThat(listed.get(0).get("variables").toString()).isEqualTo("{\"v\":1,\"zone\":\"z1\"}");
        assertThat(listed.get(0).get("active").booleanValue()).isTrue();
        JsonNode own = api.get("/v1/hosts?as_of=" + then + "&details=true&resolved-values=false").json().get("hosts");
        assertThat(own.get(0).get("variables").toString()).isEqualTo("{\"v\":1}");
        assertThat(idsOf(api.get("/v1/hosts?as_of=" + now).json().get("hosts"))).containsExactly(web, id(later));
    }

    @Test
    void pagesThroughThePastWithItsPosition() {
        List<String> created = new ArrayList<>();
        long then = 0;
        for (int i = 0; i < 24; i++) {
            created.add("h" + i);
            then = host("h" + i, cellA, "").position();
        }
        api.delete("/v1/hosts/" + idsOf(api.get("/v1/hosts?name=h2").json().get("hosts")).getFirst());
        host("h24", cellA, "");

        List<String> seen = new ArrayList<>();
        String next = "/v1/hosts?as_of=" + then + "&limit=10";
        while (next != null) {
            ApiResponse response = api.get(next.substring(next.indexOf("/v1/")));
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            JsonNode page = response.json();
            page.get("hosts").forEach(host -> seen.add(host.get("name").stringValue()));
            next = null;
            for (JsonNode link : page.get("links")) {
                if (link.get("rel").stringValue().equals("next") && !page.get("hosts").isEmpty()) {
                    next = link.get("href").stringValue();
                    assertThat(next).contains("as_of=" + then);
                }
            }
        }
        assertThat(seen).isEqualTo(created);
    }

    @Test
    void answersWhatItCannotAndShowsNoOtherProject() {
        long then = host("mine", cellA, "").position();
        assertThat(api.get("/v1/hosts?as_of=" + then + "&vars=zone:%22z1%22").status()).isEqualTo(400);
        assertThat(api.get("/v1/hosts?as_of=yesterday").status()).isEqualTo(400);
        ApiClient stranger = newProjectWithUser(Role.ADMIN);
        assertThat(stranger.get("/v1/hosts?as_of=" + then).json().get("hosts")).isEmpty();
        assertThat(root().get("/v1/hosts?as_of=" + then + "&name=mine").json().get("hosts").size()).isEqualTo(1);
        assertThat(names("as_of=1")).as("before the project existed").isEmpty();
    }
}
