package org.fleetledger.gateway.cloud;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class CloudApiTest extends ApiTest {

    @Test
    void createsReadsListsUpdatesAndDeletesACloud() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        String name = unique("cloud");

        ApiResponse created = api.post("/v1/clouds", "{\"name\": \"" + name + "\", \"note\": \"first\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").longValue();
        assertThat(created.header("Location")).isEqualTo("http://127.0.0.1:" + port + "/v1/clouds/" + id);
        assertThat(fields(created.json())).containsExactly(
                "created_at", "id", "name", "note", "project_id", "updated_at", "variables");
        assertThat(created.json().get("variables").isEmpty()).isTrue();
        assertThat(created.json().get("updated_at").isNull()).isTrue();
        assertThat(created.json().get("created_at").stringValue())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");

        ApiResponse read = api.get("/v1/clouds/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").stringValue()).isEqualTo(name);
        assertThat(read.json().get("note").stringValue()).isEqualTo("first");

        ApiResponse listed = api.get("/v1/clouds");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("clouds")).hasSize(1);
        assertThat(listed.json().get("clouds").get(0).has("variables")).isFalse();

        ApiResponse updated = api.put("/v1/clouds/" + id, "{\"name\": \"" + name + "-2\", \"note\": null}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").stringValue()).isEqualTo(name + "-2");
        assertThat(updated.json().get("note").isNull()).isTrue();
        assertThat(updated.json().has("variables")).isFalse();
        assertThat(updated.json().get("updated_at").isNull()).isFalse();

        ApiResponse deleted = api.delete("/v1/clouds/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertThat(api.get("/v1/clouds/" + id).status()).isEqualTo(404);
        assertThat(api.put("/v1/clouds/" + id, "{\"note\": \"x\"}").status()).isEqualTo(404);
        assertThat(api.delete("/v1/clouds/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesADuplicateNameOnCreateAndOnRename() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        String name = unique("dup");
        assertThat(api.post("/v1/clouds", "{\"name\": \"" + name + "\"}").status()).isEqualTo(201);

        ApiResponse again = api.post("/v1/clouds", "{\"name\": \"" + name + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").stringValue()).isEqualTo("A cloud with the given name already exists.");

        long other = api.post("/v1/clouds", "{\"name\": \"" + name + "-b\"}").json().get("id").longValue();
        assertThat(api.put("/v1/clouds/" + other, "{\"name\": \"" + name + "\"}").status()).isEqualTo(409);
    }

    @Test
    void letsExactlyOneOfManyConcurrentCreatesOfANameSucceed() throws Exception {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        String name = unique("race");
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(pool.submit(() -> api.post("/v1/clouds", "{\"name\": \"" + name + "\"}").status()));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).containsOnly(201, 409);
            assertThat(results).filteredOn(status -> status == 201).hasSize(1);
        }
        assertThat(api.get("/v1/clouds?name=" + name).json().get("clouds")).hasSize(1);
    }

    @Test
    void freesTheNameOfADeletedCloud() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        String name = unique("reuse");
        long id = api.post("/v1/clouds", "{\"name\": \"" + name + "\"}").json().get("id").longValue();
        api.delete("/v1/clouds/" + id);
        assertThat(api.post("/v1/clouds", "{\"name\": \"" + name + "\"}").status()).isEqualTo(201);
    }

    @Test
    void allowsTheSameNameInTwoProjects() {
        String name = unique("shared");
        assertThat(newProjectWithUser(Role.MEMBER).post("/v1/clouds", "{\"name\": \"" + name + "\"}").status())
                .isEqualTo(201);
        assertThat(newProjectWithUser(Role.MEMBER).post("/v1/clouds", "{\"name\": \"" + name + "\"}").status())
                .isEqualTo(201);
    }

    @Test
    void mergesVariablesShallowlyAndStoresNull() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        ApiResponse created = api.post("/v1/clouds", "{\"name\": \"" + unique("vars")
                + "\", \"variables\": {\"a\": {\"x\": 1, \"y\": 2}, \"b\": 1.10, \"c\": [1, \"two\"]}}");
        long id = created.json().get("id").longValue();
        assertThat(created.json().get("variables").toString())
                .isEqualTo("{\"a\":{\"x\":1,\"y\":2},\"b\":1.10,\"c\":[1,\"two\"]}");

        ApiResponse put = api.put("/v1/clouds/" + id + "/variables", "{\"a\": {\"z\": 3}, \"d\": null}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("variables").toString())
                .isEqualTo("{\"a\":{\"z\":3},\"b\":1.10,\"c\":[1,\"two\"],\"d\":null}");

        ApiResponse deleted = api.delete("/v1/clouds/" + id + "/variables", "[\"b\", \"never-set\"]");
        assertThat(deleted.status()).isEqualTo(204);
        ApiResponse read = api.get("/v1/clouds/" + id + "/variables");
        assertThat(read.json().toString()).isEqualTo("{\"variables\":{\"a\":{\"z\":3},\"c\":[1,\"two\"],\"d\":null}}");
        assertThat(api.get("/v1/clouds/" + id).json().get("variables").toString())
                .isEqualTo("{\"a\":{\"z\":3},\"c\":[1,\"two\"],\"d\":null}");
    }

    @Test
    void refusesVariablesBodiesOfTheWrongShape() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long id = api.post("/v1/clouds", "{\"name\": \"" + unique("shape") + "\"}").json().get("id").longValue();
        assertThat(api.put("/v1/clouds/" + id + "/variables", "[\"a\"]").status()).isEqualTo(400);
        assertThat(api.put("/v1/clouds/" + id + "/variables", "{\"\": 1}").status()).isEqualTo(400);
        assertThat(api.delete("/v1/clouds/" + id + "/variables", "{\"a\": 1}").status()).isEqualTo(400);
        assertThat(api.delete("/v1/clouds/" + id + "/variables", "[1]").status()).isEqualTo(400);
        assertThat(api.delete("/v1/clouds/" + id + "/variables").status()).isEqualTo(400);
        assertThat(api.get("/v1/clouds/" + id + "/variables?resolved-values=true").status()).isEqualTo(400);
        assertThat(api.put("/v1/clouds/999999999/variables", "{\"a\": 1}").status()).isEqualTo(404);
    }

    @Test
    void listsWithVariablesOnlyWhenDetailsAreAsked() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        api.post("/v1/clouds", "{\"name\": \"" + unique("d") + "\", \"variables\": {\"k\": \"v\"}}");
        JsonNode detailed = api.get("/v1/clouds?details=all").json();
        assertThat(detailed.get("clouds").get(0).get("variables").toString()).isEqualTo("{\"k\":\"v\"}");
        assertThat(detailed.get("links").get(0).get("href").stringValue()).contains("details=True");
        JsonNode plain = api.get("/v1/clouds?details=no").json();
        assertThat(plain.get("clouds").get(0).has("variables")).isFalse();
        assertThat(plain.get("links").get(0).get("href").stringValue()).contains("details=False");
    }

    @Test
    void looksUpOneCloudByNameOrId() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        String name = unique("lookup");
        long id = api.post("/v1/clouds", "{\"name\": \"" + name + "\", \"variables\": {\"k\": 1}}")
                .json().get("id").longValue();
        long other = api.post("/v1/clouds", "{\"name\": \"" + name + "-other\"}").json().get("id").longValue();

        JsonNode byName = api.get("/v1/clouds?name=" + name + "&details=true").json();
        assertThat(byName.get("clouds")).hasSize(1);
        assertThat(byName.get("clouds").get(0).get("id").longValue()).isEqualTo(id);
        assertThat(byName.get("clouds").get(0).has("variables")).isFalse();
        assertThat(byName.get("links").isEmpty()).isTrue();

        assertThat(api.get("/v1/clouds?id=" + other).json().get("clouds").get(0).get("id").longValue())
                .isEqualTo(other);
        assertThat(api.get("/v1/clouds?name=" + name + "&id=" + other).json().get("clouds").get(0)
                .get("id").longValue()).isEqualTo(other);
        assertThat(api.get("/v1/clouds?name=absent-" + name).status()).isEqualTo(404);
        assertThat(api.get("/v1/clouds?name=absent-" + name + "&id=" + id).status()).isEqualTo(404);
        assertThat(api.get("/v1/clouds?id=999999999").status()).isEqualTo(404);
    }

    @Test
    void pagesWithCratonLinks() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(api.post("/v1/clouds", "{\"name\": \"" + unique("page") + "\"}").json().get("id").longValue());
        }
        String base = "http://127.0.0.1:" + port + "/v1/clouds?details=False&sort_keys=created_at%2Cid&sort_dir=asc&limit=10";

        JsonNode first = api.get("/v1/clouds?limit=10").json();
        assertThat(idsOf(first.get("clouds"))).isEqualTo(ids.subList(0, 10));
        assertThat(links(first)).containsExactly(
                "first " + base,
                "prev " + base,
                "self " + base,
                "next " + base + "&marker=" + ids.get(9));

        JsonNode second = api.get("/v1/clouds?limit=10&marker=" + ids.get(9)).json();
        assertThat(idsOf(second.get("clouds"))).isEqualTo(ids.subList(10, 20));
        assertThat(links(second)).containsExactly(
                "first " + base,
                "prev " + base + "&marker=" + ids.get(0),
                "self " + base + "&marker=" + ids.get(9),
                "next " + base + "&marker=" + ids.get(19));

        JsonNode third = api.get("/v1/clouds?limit=10&marker=" + ids.get(19)).json();
        assertThat(idsOf(third.get("clouds"))).isEqualTo(ids.subList(20, 25));
        assertThat(links(third)).containsExactly(
                "first " + base,
                "prev " + base + "&marker=" + ids.get(9),
                "self " + base + "&marker=" + ids.get(19),
                "next " + base + "&marker=" + ids.get(24));

        JsonNode past = api.get("/v1/clouds?limit=10&marker=" + ids.get(24)).json();
        assertThat(idsOf(past.get("clouds"))).isEmpty();
        assertThat(links(past)).extracting(link -> link.split(" ")[0]).containsExactly("first", "prev", "self");

        JsonNode afterFirst = api.get("/v1/clouds?limit=10&marker=" + ids.get(0)).json();
        assertThat(links(afterFirst).get(1)).isEqualTo("prev " + base);
    }

    @Test
    void sortsByTheGivenKeysAndDirection() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        for (String name : List.of("b-" + unique("s"), "c-" + unique("s"), "a-" + unique("s"))) {
            api.post("/v1/clouds", "{\"name\": \"" + name + "\"}");
        }
        List<String> ascending = namesOf(api.get("/v1/clouds?sort_keys=name&sort_dir=asc").json());
        assertThat(ascending).isSorted();
        List<String> descending = namesOf(api.get("/v1/clouds?sort_keys=name%20id&sort_dir=desc").json());
        assertThat(descending).containsExactlyElementsOf(ascending.reversed());

        ApiResponse bad = api.get("/v1/clouds?sort_keys=name,colour");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").stringValue()).isEqualTo("\"colour\" is an invalid sort key");
        ApiResponse marker = api.get("/v1/clouds?marker=987654321");
        assertThat(marker.status()).isEqualTo(400);
        assertThat(marker.json().get("message").stringValue()).isEqualTo("Marker \"987654321\" does not exist");
    }

    private static List<String> namesOf(JsonNode list) {
        return StreamSupport.stream(list.get("clouds").spliterator(), false)
                .map(c -> c.get("name").stringValue()).toList();
    }

    private static List<String> links(JsonNode list) {
        return StreamSupport.stream(list.get("links").spliterator(), false)
                .map(l -> l.get("rel").stringValue() + " " + l.get("href").stringValue()).toList();
    }
}
