package org.fleetledger.gateway.http;

import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.HostileInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile requests (bodies, query strings, headers, path ids) never break the service: no
 * 500, every error in the contract's shape, no internals in any body, and no write unless the request
 * succeeded. The seed is printed; {@code -Dfleet.fuzz.seed=<seed>} replays a run.
 */
class HostileInputTest extends ApiTest {

    private static final int BODY_CASES = 400;
    private static final int QUERY_CASES = 300;
    private static final int HEADER_CASES = 300;
    private static final int PATH_CASES = 300;
    private static final List<String> INTERNALS = List.of("Exception", "at org.", "at java.", "java.",
            "tools.jackson", "org.springframework", "org.axonframework", "org.postgresql", "org.jooq",
            "org.fleetledger", "SQLState", "ERROR:");
    private static final List<String> LIST_PARAMETERS = List.of("vars", "vars", "vars", "name", "id", "cloud_id",
            "region_id", "cell_id", "parent_id", "device_type", "ip_address", "label", "active", "details",
            "resolved-values", "limit", "marker", "sort_keys", "sort_dir", "min_position", "as_of", "descendants",
            "explain", "after_position", "resource_type", "resource_id", "actor", "since", "until", "from", "to");

    @Autowired
    EventLogPositions log;

    private final HostileInputs inputs = HostileInputs.fromSystemProperty();
    private ApiClient api;
    private long cloud;
    private long region;
    private long cell;
    private long host;
    private int acceptedWrites;

    @BeforeEach
    void inventory() {
        api = newProjectWithUser(Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"" + unique("c") + "\"}"));
        region = id(api.post("/v1/regions", "{\"name\": \"" + unique("r") + "\", \"cloud_id\": " + cloud + "}"));
        cell = id(api.post("/v1/cells", "{\"name\": \"" + unique("c") + "\", \"cloud_id\": " + cloud
                + ", \"region_id\": " + region + "}"));
        host = id(api.post("/v1/hosts", hostBody()));
    }

    @Test
    void bodiesNeverBreakTheServiceNorWriteHalfway() {
        List<Supplier<Target>> targets = List.of(
                () -> new Target("POST", "/v1/clouds", "{\"name\":" + name() + ",\"note\":\"n\",\"variables\":{\"a\":1}}"),
                () -> new Target("POST", "/v1/regions", "{\"name\":" + name() + ",\"cloud_id\":" + cloud
                        + ",\"variables\":{\"tier\":2}}"),
                () -> new Target("POST", "/v1/cells", "{\"name\":" + name() + ",\"cloud_id\":" + cloud
                        + ",\"region_id\":" + region + "}"),
                () -> new Target("POST", "/v1/hosts", hostBody()),
                () -> new Target("PUT", "/v1/clouds/" + cloud, "{\"note\":\"changed\"}"),
                () -> new Target("PUT", "/v1/regions/" + region, "{\"name\":" + name() + "}"),
                () -> new Target("PUT", "/v1/cells/" + cell, "{\"note\":null}"),
                () -> new Target("PUT", "/v1/hosts/" + host, "{\"active\":false,\"ip_address\":\"10.0.0.9\"}"),
                () -> new Target("PUT", "/v1/" + inputs.oneOf("clouds/" + cloud, "regions/" + region,
                        "cells/" + cell, "hosts/" + host) + "/variables", "{\"a\":1,\"b\":[1,{\"c\":null}]}"),
                () -> new Target("PUT", "/v1/labels/gpu/variables", "{\"cuda\":\"12.4\"}"),
                () -> new Target("DELETE", "/v1/hosts/" + host + "/variables", "[\"a\",\"b\"]"),
                () -> new Target("PUT", "/v1/hosts/" + host + "/labels", "{\"labels\":[\"gpu\",\"rack-1\"]}"));
        for (int n = 1; n <= BODY_CASES; n++) {
            Target target = inputs.oneOf(targets).get();
            byte[] body = inputs.body(target.validBody());
            check("bodies", n, target.method(), target.path(), Map.of("Content-Type", "application/json"), body);
        }
        done("bodies", BODY_CASES);
    }

    @Test
    void queryStringsNeverBreakTheService() {
        List<String> paths = List.of("/v1/hosts", "/v1/clouds", "/v1/regions", "/v1/cells", "/v1/devices",
                "/v1/networks", "/v1/network-devices", "/v1/changes", "/v1/hosts/" + host + "/variables",
                "/v1/hosts/" + host, "/v1/hosts/" + host + "/history", "/v1/ansible-inventory",
                "/v1/clouds/" + cloud + "/variables/diff");
        for (int n = 1; n <= QUERY_CASES; n++) {
            String target = inputs.oneOf(paths) + "?" + inputs.queryString(LIST_PARAMETERS);
            check("query strings", n, "GET", target, Map.of(), new byte[0]);
        }
        done("query strings", QUERY_CASES);
    }

    @Test
    void headersNeverBreakTheService() {
        List<String> names = List.of("X-Change-Note", "If-Match", "Content-Type", "X-Auth-Token", "X-Auth-User",
                "X-Auth-Project", "X-Ledger-Min-Position", "X-Request-ID");
        for (int n = 1; n <= HEADER_CASES; n++) {
            Target target = inputs.oneOf(List.<Supplier<Target>>of(
                    () -> new Target("GET", "/v1/clouds/" + cloud, null),
                    () -> new Target("GET", "/v1/hosts?vars=a:1", null),
                    () -> new Target("PUT", "/v1/clouds/" + cloud, "{\"note\":\"changed\"}"),
                    () -> new Target("POST", "/v1/clouds", "{\"name\":" + name() + "}"),
                    () -> new Target("PUT", "/v1/hosts/" + host + "/variables", "{\"a\":2}"),
                    () -> new Target("DELETE", "/v1/cells/" + cell, null))).get();
            Map<String, String> headers = new LinkedHashMap<>();
            if (target.validBody() != null) {
                headers.put("Content-Type", "application/json");
            }
            int hostile = inputs.between(1, 3);
            for (int i = 0; i < hostile; i++) {
                // CR and LF would end the header; the values are what is under test, not the framing
                headers.put(inputs.oneOf(names), inputs.headerValue().replace('\r', ' ').replace('\n', ' '));
            }
            byte[] body = target.validBody() == null ? new byte[0] : target.validBody().getBytes(StandardCharsets.UTF_8);
            check("headers", n, target.method(), target.path(), headers, body);
        }
        done("headers", HEADER_CASES);
    }

    @Test
    void pathIdsNeverBreakTheService() {
        List<String> collections = List.of("clouds", "regions", "cells", "hosts", "network-devices", "networks",
                "network-interfaces", "projects", "users");
        for (int n = 1; n <= PATH_CASES; n++) {
            String path = "/v1/" + inputs.oneOf(collections) + "/" + inputs.pathId()
                    + inputs.oneOf("", "", "/variables", "/history", "/labels", "/diff", "/variables/diff?from=1");
            String method = inputs.oneOf("GET", "GET", "PUT", "DELETE");
            byte[] body = method.equals("PUT") ? "{\"note\":\"n\"}".getBytes(StandardCharsets.UTF_8) : new byte[0];
            check("path ids", n, method, path, Map.of("Content-Type", "application/json"), body);
        }
        done("path ids", PATH_CASES);
    }

    private record Target(String method, String path, String validBody) {
    }

    private String name() {
        return HostileInputs.quote(unique("h"));
    }

    private String hostBody() {
        return "{\"name\":" + name() + ",\"cloud_id\":" + cloud + ",\"region_id\":" + region + ",\"cell_id\":" + cell
                + ",\"ip_address\":\"10.0.0.1\",\"device_type\":\"server\",\"labels\":[\"gpu\"],\"variables\":{\"a\":1}}";
    }

    /** Sends one generated request as the project's member and checks every property on its answer. */
    private void check(String property, int n, String method, String target, Map<String, String> hostile,
                       byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("X-Auth-Project", "X-Auth-User", "X-Auth-Token")) {
            headers.put(name, api.header(name));
        }
        headers.putAll(hostile);
        String bodyText = new String(body, StandardCharsets.UTF_8);
        String request = method + " " + target + "\n" + headers + "\n" + bodyText;
        String replay = "hostile input: " + property + ": case " + n + " of seed " + inputs.seed()
                + " (replay with -D" + HostileInputs.SEED_PROPERTY + "=" + inputs.seed() + ")\nrequest: "
                + HostileInputs.show(method + " " + target) + "\nheaders: " + HostileInputs.show(hostile.toString())
                + "\nbody: " + HostileInputs.show(bodyText);

        long before = log.head();
        ApiResponse response = org.fleetledger.gateway.support.RawHttp.send(port, method, target, headers, body);
        long after = log.head();
        String answer = replay + "\nanswer: " + response.status() + " " + HostileInputs.show(response.text());

        assertThat(response.status()).as(answer).isBetween(200, 599).isNotEqualTo(500);
        for (String internal : INTERNALS) {
            if (!request.contains(internal)) {
                assertThat(response.text()).as(answer).doesNotContain(internal);
            }
        }
        if (response.status() >= 400) {
            JsonNode error = response.json();
            assertThat(error).as(answer).isNotNull();
            assertThat(fields(error)).as(answer).containsExactlyInAnyOrder("status", "message");
            assertThat(error.get("status").intValue()).as(answer).isEqualTo(response.status());
            assertThat(error.get("message").isString() && !error.get("message").stringValue().isBlank())
                    .as(answer).isTrue();
            assertThat(after).as(answer + "\na refused request appended events").isEqualTo(before);
        } else if (!method.equals("GET")) {
            acceptedWrites++;
            assertThat(after).as(answer + "\nthe head moved back").isGreaterThanOrEqualTo(before);
            assertThat(response.header("X-Ledger-Position")).as(answer).isEqualTo(Long.toString(after));
            String readBack = target.split("\\?", 2)[0];
            if (response.status() == 201) {
                assertThat(after).as(answer + "\na create stored nothing").isGreaterThan(before);
                readBack = readBack + "/" + response.json().get("id").longValue();
            }
            if (!method.equals("DELETE") || readBack.endsWith("/variables")) {
                assertThat(api.get(readBack).status()).as(answer + "\nread back " + readBack).isEqualTo(200);
            }
        } else {
            assertThat(after).as(answer + "\na read appended events").isEqualTo(before);
        }
    }

    private void done(String property, int cases) {
        JsonNode verification = root().get("/v1/ledger/verify").json();
        assertThat(verification.get("intact").booleanValue()).as("hash chain after " + property).isTrue();
        System.out.println("hostile input: " + property + ": " + cases + " cases, " + acceptedWrites
                + " of them accepted writes (seed " + inputs.seed() + ")");
    }
}
