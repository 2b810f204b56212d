package org.fleetledger.gateway.auth;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix, route by route: every {@code /v1} route the application maps is called
 * by root, a project admin, member and reader, an admin of another project, a caller without
 * credentials and one with a wrong key, and each answer is compared with what that caller may do.
 * A route the table does not list fails the test, so no route goes unchecked.
 */
class AuthorizationMatrixTest extends ApiTest {

    /** Who calls. The stranger is an admin, so that role checks pass and project isolation is what answers. */
    enum Actor { ROOT, ADMIN, MEMBER, READER, STRANGER, ANONYMOUS, WRONG_KEY }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final String secret = "secret" + UUID.randomUUID().toString().replace("-", "");
    private final Map<Actor, ApiClient> clients = new EnumMap<>(Actor.class);
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private UUID project;
    private ApiClient member;
    private ApiClient admin;
    private long cloud;
    private long region;
    private long cell;
    private long host;

    @BeforeEach
    void twoProjects() {
        project = createProject();
        admin = userIn(project, Role.ADMIN);
        member = userIn(project, Role.MEMBER);
        clients.put(Actor.ROOT, root());
        clients.put(Actor.ADMIN, admin);
        clients.put(Actor.MEMBER, member);
        clients.put(Actor.READER, userIn(project, Role.READER));
        clients.put(Actor.STRANGER, newProjectWithUser(Role.ADMIN));
        clients.put(Actor.ANONYMOUS, anonymous());
        clients.put(Actor.WRONG_KEY, userIn(project, Role.ADMIN).with("X-Auth-Token", "0".repeat(32)));
        cloud = created(member.post("/v1/clouds", "{\"name\": \"" + named() + "\"}"));
        region = created(member.post("/v1/regions", "{\"name\": \"" + named() + "\", \"cloud_id\": " + cloud + "}"));
        cell = created(member.post("/v1/cells", "{\"name\": \"" + named() + "\", \"cloud_id\": " + cloud
                + ", \"region_id\": " + region + "}"));
        host = created(member.post("/v1/hosts", device()));
        defineRoutes();
    }

    @Test
    void everyRouteAnswersEachCallerAsItsRoleAndProjectAllow() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Route> entry : routes.entrySet()) {
            Route route = entry.getValue();
            for (Actor actor : Actor.values()) {
                String path = route.path.get();
                String body = route.body.get();
                ApiResponse response = clients.get(actor).send(route.method, path, body,
                        body == null ? null : "application/json");
                int expected = route.expected.get(actor);
                boolean ok = response.status() == expected;
                if (ok && expected >= 400) {
                    ok = response.json() != null && response.json().path("status").intValue() == expected
                            && response.json().path("message").isString();
                }
                if (ok && actor == Actor.STRANGER) {
                    ok = !response.text().contains(secret);
                }
                if (!ok) {
                    wrong.add(entry.getKey() + " as " + actor + ": expected " + expected + ", got "
                            + response.status() + " " + response.text());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTableListsEveryRouteTheApplicationMaps() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> mapped.add(verb.name() + " " + pattern))));
        assertThat(mapped).isNotEmpty();
        assertThat(new TreeSet<>(routes.keySet())).isEqualTo(mapped);
    }

    private void defineRoutes() {
        inventory("clouds", () -> created(member.post("/v1/clouds", "{\"name\": \"" + named() + "\"}")),
                () -> "{\"name\": \"" + unique("cloud") + "\"}", 201, 201, true);
        inventory("regions", () -> created(member.post("/v1/regions", "{\"name\": \"" + named() + "\", \"cloud_id\": "
                + cloud + "}")), () -> "{\"name\": \"" + unique("region") + "\", \"cloud_id\": " + cloud + "}", 400, 400, true);
        inventory("cells", () -> created(member.post("/v1/cells", "{\"name\": \"" + named() + "\", \"cloud_id\": "
                + cloud + ", \"region_id\": " + region + "}")), () -> "{\"name\": \"" + unique("cell") + "\", \"cloud_id\": "
                + cloud + ", \"region_id\": " + region + "}", 400, 400, true);
        inventory("hosts", () -> created(member.post("/v1/hosts", device())), () -> device(unique("device")), 400, 400, true);
        inventory("network-devices", () -> created(member.post("/v1/network-devices", device())),
                () -> device(unique("device")), 400, 400, true);
        inventory("networks", () -> created(member.post("/v1/networks", network())), () -> network(unique("network")), 400, 400, true);
        inventory("network-interfaces", () -> created(member.post("/v1/network-interfaces", networkInterface())),
                () -> networkInterface(unique("interface")), 400, 400, false);
        for (String devices : List.of("hosts", "network-devices")) {
            Supplier<Long> target = () -> created(member.post("/v1/" + devices, device()));
            route("GET /v1/" + devices + "/{id}/variables/diff", "GET", target, devices, "/variables/diff?from=1",
                    () -> null, read());
            route("GET /v1/" + devices + "/{id}/labels", "GET", target, devices, "/labels", () -> null, read());
            route("PUT /v1/" + devices + "/{id}/labels", "PUT", target, devices, "/labels",
                    () -> "{\"labels\": [\"rack-1\"]}", write(200));
            route("DELETE /v1/" + devices + "/{id}/labels", "DELETE", target, devices, "/labels",
                    () -> "{\"labels\": [\"rack-1\"]}", write(204));
        }
        routes.put("GET /v1/devices", new Route("GET", () -> "/v1/devices", () -> null, list()));
        // a schema path names a key of the caller's own project
        String schemaKey = named();
        admin.put("/v1/variable-schemas/" + schemaKey, "{\"type\": \"integer\"}");
        routes.put("GET /v1/variable-schemas/{key}", new Route("GET", () -> "/v1/variable-schemas/" + schemaKey,
                () -> null, expect(404, 200, 200, 200, 404)));
        routes.put("PUT /v1/variable-schemas/{key}", new Route("PUT", () -> "/v1/variable-schemas/" + unique("key"),
                () -> "{\"type\": \"string\"}", expect(200, 200, 403, 403, 200)));
        routes.put("DELETE /v1/variable-schemas/{key}", new Route("DELETE", () -> {
            String key = named();
            admin.put("/v1/variable-schemas/" + key, "{\"type\": \"integer\"}");
            return "/v1/variable-schemas/" + key;
        }, () -> null, expect(404, 204, 403, 403, 404)));
        routes.put("GET /v1/ansible-inventory", new Route("GET", () -> "/v1/ansible-inventory", () -> null, list()));
        // a label path names a label of the caller's own project: a stranger reaches its own, empty scope
        String label = unique("label");
        member.put("/v1/labels/" + label + "/variables", "{\"" + secret + "\": 1}");
        routes.put("GET /v1/labels/{label}/variables", new Route("GET", () -> "/v1/labels/" + label + "/variables",
                () -> null, list()));
        routes.put("PUT /v1/labels/{label}/variables", new Route("PUT", () -> "/v1/labels/" + label + "/variables",
                () -> "{\"a\": 1}", expect(200, 200, 200, 403, 200)));
        routes.put("DELETE /v1/labels/{label}/variables", new Route("DELETE",
                () -> "/v1/labels/" + label + "/variables", () -> "[\"a\"]", expect(204, 204, 204, 403, 204)));

        routes.put("GET /v1/changes", new Route("GET", () -> "/v1/changes", () -> null, list()));
        routes.put("GET /v1/changes/stream", new Route("GET", () -> "/v1/changes/stream?after_position=0&max_seconds=1",
                () -> null, list()));
        routes.put("POST /v1/changes/{eventId}/revert", new Route("POST", () -> {
            long target = created(member.post("/v1/clouds", "{\"name\": \"" + named() + "\"}"));
            member.put("/v1/clouds/" + target + "/variables", "{\"a\": 1}");
            return "/v1/changes/" + member.get("/v1/clouds/" + target + "/history").json().get("history").get(1)
                    .get("event_id").stringValue() + "/revert";
        }, () -> null, write(200)));
        routes.put("GET /v1/projects/{id}/settings", new Route("GET", () -> "/v1/projects/" + project + "/settings",
                () -> null, adminOnly(200)));
        routes.put("PUT /v1/projects/{id}/settings", new Route("PUT", () -> "/v1/projects/" + project + "/settings",
                () -> "{\"require_change_note\": false}", adminOnly(200)));
        routes.put("GET /v1/projects/{id}/diff", new Route("GET", () -> "/v1/projects/" + project + "/diff?from=1",
                () -> null, adminOnly(200)));
        routes.put("GET /v1/projects/{id}/history", new Route("GET", () -> "/v1/projects/" + project + "/history",
                () -> null, adminOnly(200)));
        routes.put("GET /v1/ledger/rebuild", new Route("GET", () -> "/v1/ledger/rebuild", () -> null, rootOnly(200)));
        routes.put("POST /v1/ledger/rebuild", new Route("POST", () -> "/v1/ledger/rebuild", () -> null, rootOnly(202)));
        routes.put("GET /v1/ledger/verify", new Route("GET", () -> "/v1/ledger/verify", () -> null, rootOnly(200)));

        routes.put("GET /v1/projects", new Route("GET", () -> "/v1/projects", () -> null, rootOnly(200)));
        routes.put("POST /v1/projects", new Route("POST", () -> "/v1/projects",
                () -> "{\"name\": \"" + unique("project") + "\"}", rootOnly(201)));
        routes.put("GET /v1/projects/{id}", new Route("GET", () -> "/v1/projects/" + project, () -> null,
                adminOnly(200)));
        routes.put("DELETE /v1/projects/{id}", new Route("DELETE", () -> "/v1/projects/" + createProject(),
                () -> null, rootOnly(204)));
        routes.put("GET /v1/projects/{id}/variables", new Route("GET", () -> "/v1/projects/" + project + "/variables",
                () -> null, adminOnly(200)));
        routes.put("PUT /v1/projects/{id}/variables", new Route("PUT", () -> "/v1/projects/" + project + "/variables",
                () -> "{\"a\": 1}", adminOnly(200)));
        routes.put("DELETE /v1/projects/{id}/variables", new Route("DELETE",
                () -> "/v1/projects/" + project + "/variables", () -> "[\"a\"]", adminOnly(204)));

        Supplier<String> someUser = () -> "/v1/users/" + created(admin.post("/v1/users", "{\"username\": \""
                + named() + "\", \"project_id\": \"" + project + "\"}"));
        routes.put("GET /v1/users", new Route("GET", () -> "/v1/users", () -> null,
                expect(200, 200, 403, 403, 200)));
        routes.put("POST /v1/users", new Route("POST", () -> "/v1/users",
                () -> "{\"username\": \"" + unique("user") + "\", \"project_id\": \"" + project + "\"}",
                expect(201, 201, 403, 403, 404)));
        routes.put("GET /v1/users/{id}", new Route("GET", someUser, () -> null, adminOnly(200)));
        routes.put("GET /v1/users/{id}/diff", new Route("GET", () -> someUser.get() + "/diff?from=1", () -> null,
                adminOnly(200)));
        routes.put("GET /v1/users/{id}/history", new Route("GET", () -> someUser.get() + "/history", () -> null,
                adminOnly(200)));
        routes.put("PUT /v1/users/{id}", new Route("PUT", someUser, () -> "{\"role\": \"reader\"}", adminOnly(200)));
        routes.put("DELETE /v1/users/{id}", new Route("DELETE", someUser, () -> null, adminOnly(204)));
        routes.put("POST /v1/users/{id}/rotate-key", new Route("POST", () -> someUser.get() + "/rotate-key",
                () -> null, adminOnly(200)));
    }

    /** The routes of one inventory resource: list, create, get, update, delete and, if it has them, variables. */
    private void inventory(String resources, Supplier<Long> target, Supplier<String> createBody, int rootCreates,
                           int strangerCreates, boolean variables) {
        String base = "/v1/" + resources;
        routes.put("GET " + base, new Route("GET", () -> base, () -> null, list()));
        routes.put("POST " + base, new Route("POST", () -> base, createBody,
                expect(rootCreates, 201, 201, 403, strangerCreates)));
        route("GET " + base + "/{id}", "GET", target, resources, "", () -> null, read());
        route("PUT " + base + "/{id}", "PUT", target, resources, "", () -> "{\"name\": \"" + unique("renamed") + "\"}",
                write(200));
        route("DELETE " + base + "/{id}", "DELETE", target, resources, "", () -> null, write(204));
        route("GET " + base + "/{id}/history", "GET", target, resources, "/history", () -> null, read());
        route("GET " + base + "/{id}/diff", "GET", target, resources, "/diff?from=1", () -> null, read());
        if (variables) {
            route("GET " + base + "/{id}/variables", "GET", target, resources, "/variables", () -> null, read());
            route("PUT " + base + "/{id}/variables", "PUT", target, resources, "/variables",
                    () -> "{\"a\": 1}", write(200));
            route("DELETE " + base + "/{id}/variables", "DELETE", target, resources, "/variables",
                    () -> "[\"a\"]", write(204));
        }
    }

    /** A route on one resource: reads share one target, every write gets a fresh one. */
    private void route(String key, String method, Supplier<Long> target, String resources, String suffix,
                       Supplier<String> body, Map<Actor, Integer> expected) {
        Supplier<String> path;
        if (method.equals("GET")) {
            long shared = target.get();
            path = () -> "/v1/" + resources + "/" + shared + suffix;
        } else {
            path = () -> "/v1/" + resources + "/" + target.get() + suffix;
        }
        routes.put(key, new Route(method, path, body, expected));
    }

    private static Map<Actor, Integer> read() {
        return expect(200, 200, 200, 200, 404);
    }

    /** Lists answer everyone authenticated; a stranger's list holds nothing of the project (checked by name). */
    private static Map<Actor, Integer> list() {
        return expect(200, 200, 200, 200, 200);
    }

    private static Map<Actor, Integer> write(int success) {
        return expect(success, success, success, 403, 404);
    }

    private static Map<Actor, Integer> adminOnly(int success) {
        return expect(success, success, 403, 403, 404);
    }

    private static Map<Actor, Integer> rootOnly(int success) {
        return expect(success, 403, 403, 403, 403);
    }

    private static Map<Actor, Integer> expect(int root, int admin, int member, int reader, int stranger) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.ROOT, root);
        expected.put(Actor.ADMIN, admin);
        expected.put(Actor.MEMBER, member);
        expected.put(Actor.READER, reader);
        expected.put(Actor.STRANGER, stranger);
        expected.put(Actor.ANONYMOUS, 401);
        expected.put(Actor.WRONG_KEY, 401);
        return expected;
    }

    private String named() {
        return unique(secret);
    }

    private String device() {
        return device(named());
    }

    private String device(String name) {
        return "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\"}";
    }

    private String network() {
        return network(named());
    }

    private String network(String name) {
        return "{\"name\": \"" + name + "\", \"cidr\": \"10.0.0.0/24\", \"gateway\": \"10.0.0.1\", "
                + "\"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}";
    }

    private String networkInterface() {
        return networkInterface(named());
    }

    private String networkInterface(String name) {
        return "{\"name\": \"" + name + "\", \"device_id\": " + host + ", \"interface_type\": \"ethernet\", "
                + "\"ip_address\": \"10.0.0.2\"}";
    }

    private static long created(ApiResponse response) {
        return id(response);
    }

    private record Route(String method, Supplier<String> path, Supplier<String> body, Map<Actor, Integer> expected) {
    }
}
