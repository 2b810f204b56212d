package org.fleetledger.gateway.search;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code vars} filter's grammar and MySQL {@code JSON_CONTAINS} matching, one rule per case, over
 * clouds (whose variables are their own only) and projects, against real PostgreSQL.
 */
class VarsFilterApiTest extends ApiTest {

    private ApiClient api;
    private final Map<String, Long> clouds = new TreeMap<>();

    @BeforeEach
    void clouds() {
        api = newProjectWithUser(Role.MEMBER);
        cloud("a", "{\"tier\": 1, \"env\": \"prod\", \"ntp\": [\"10.0.0.1\", \"10.0.0.2\"], "
                + "\"hw\": {\"cpu\": 8, \"ram\": 64}, \"disks\": [{\"vendor\": \"Seagate\"}, {\"vendor\": \"WD\"}], "
                + "\"os-info\": {\"release\": \"4.4\"}, \"retired\": null, \"on\": true}");
        cloud("b", "{\"tier\": \"1\", \"env\": \"dev\", \"ntp\": \"10.0.0.2\", \"hw\": {\"cpu\": 4}, "
                + "\"on\": \"true\", \"nested\": [[\"x\"]]}");
        cloud("c", "{\"tier\": 1.0, \"hw\": 8}");
        cloud("d", "{}");
    }

    private void cloud(String name, String variables) {
        clouds.put(name, id(api.post("/v1/clouds", "{\"name\": \"" + name + "\", \"variables\": " + variables + "}")));
    }

    private List<String> matching(String vars) {
        ApiResponse response = api.get("/v1/clouds?vars=" + URLEncoder.encode(vars, StandardCharsets.UTF_8));
        assertThat(response.status()).as(vars + ": " + response.text()).isEqualTo(200);
        return idsOf(response.json().get("clouds")).stream()
                .map(id -> clouds.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow()
                        .getKey())
                .toList();
    }

    @Test
    void comparesScalarsByTypeAndNumbersByValue() {
        assertThat(matching("tier:1")).as("1 is 1.0, and not \"1\"").containsExactly("a", "c");
        assertThat(matching("tier:1.0")).containsExactly("a", "c");
        assertThat(matching("tier:\"1\"")).containsExactly("b");
        assertThat(matching("env:\"prod\"")).containsExactly("a");
        assertThat(matching("on:true")).containsExactly("a");
        assertThat(matching("on:\"true\"")).containsExactly("b");
        assertThat(matching("retired:null")).as("a stored null matches null; a missing key does not")
                .containsExactly("a");
    }

    @Test
    void findsAScalarInAnArrayAndSubObjectsInObjects() {
        assertThat(matching("ntp:\"10.0.0.1\"")).containsExactly("a");
        assertThat(matching("ntp:\"10.0.0.2\"")).as("in the array of a, equal to the scalar of b")
                .containsExactly("a", "b");
        assertThat(matching("ntp:[\"10.0.0.1\"]")).as("an array in an array").containsExactly("a");
        assertThat(api.get("/v1/clouds?vars=" + URLEncoder.encode("ntp:[\"10.0.0.1\",\"10.0.0.2\"]",
                StandardCharsets.UTF_8)).status())
                .as("commas split clauses, so a value cannot hold one").isEqualTo(400);
        assertThat(matching("hw:{\"cpu\":8}")).containsExactly("a");
        assertThat(matching("hw:8")).as("an object does not contain a scalar").containsExactly("c");
        assertThat(matching("disks:{\"vendor\":\"WD\"}")).as("an object inside an array").containsExactly("a");
        assertThat(matching("nested:\"x\"")).isEmpty();
    }

    @Test
    void followsMembersIndexesAndWildcards() {
        assertThat(matching("hw.cpu:8")).containsExactly("a");
        assertThat(matching("hw.cpu:4")).containsExactly("b");
        assertThat(matching("ntp[1]:\"10.0.0.2\"")).containsExactly("a");
        assertThat(matching("ntp[0]:\"10.0.0.2\"")).isEmpty();
        assertThat(matching("disks[*].vendor:\"Seagate\"")).containsExactly("a");
        assertThat(matching("disks[1].vendor:\"Seagate\"")).isEmpty();
        assertThat(matching("hw.*:64")).containsExactly("a");
        assertThat(matching("\"os-info\".release:\"4.4\"")).containsExactly("a");
        assertThat(matching("ntp.x:1")).as("a member of an array selects nothing").isEmpty();
        assertThat(matching("hw[*]:[]")).as("a wildcard that reaches nothing matches nothing").isEmpty();
        assertThat(matching("nothing.here:1")).isEmpty();
    }

    @Test
    void andsItsClauses() {
        assertThat(matching("tier:1,hw.cpu:8")).containsExactly("a");
        assertThat(matching("tier:1,env:\"dev\"")).isEmpty();
        assertThat(matching("env:\"dev\",env:\"prod\"")).as("the later clause of one path wins").containsExactly("a");
    }

    @Test
    void refusesBadPathsValuesAndClauses() {
        assertError("foo.hyphenated-key:1", "The query contains an invalid JSON Path expression.");
        assertError("v3.0.foo:1", "The query contains an invalid JSON Path expression.");
        assertError("foo:bar", "An invalid JSON value was specified.");
        assertThat(api.get("/v1/clouds?vars=foo").status()).isEqualTo(400);
        assertThat(api.get("/v1/clouds?vars=").status()).isEqualTo(400);
    }

    @Test
    void keepsTheFilterInPageLinksAndFiltersProjectsToo() {
        ApiResponse page = api.get("/v1/clouds?vars=env:%22prod%22");
        assertThat(page.json().get("links").get(0).get("href").stringValue()).contains("vars=env%3A%22prod%22");
        String key = unique("marker").replace("-", "_");
        ApiResponse created = root().post("/v1/projects", "{\"name\": \"p\", \"variables\": {\"" + key + "\": [1, 2]}}");
        assertThat(created.status()).isEqualTo(201);
        ApiResponse projects = root().get("/v1/projects?vars=" + key + ":2");
        assertThat(projects.status()).isEqualTo(200);
        assertThat(projects.json().get("projects")).hasSize(1);
        assertThat(projects.json().get("projects").get(0).get("id").stringValue())
                .isEqualTo(created.json().get("id").stringValue());
    }

    private void assertError(String vars, String message) {
        ApiResponse response = api.get("/v1/clouds?vars=" + URLEncoder.encode(vars, StandardCharsets.UTF_8));
        assertThat(response.status()).as(vars).isEqualTo(400);
        assertThat(response.json().get("message").stringValue()).isEqualTo(message);
    }
}
