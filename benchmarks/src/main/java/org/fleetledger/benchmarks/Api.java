package org.fleetledger.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The service's HTTP API, called as the bootstrap root user over kept-alive HTTP/1.1 connections
 * ({@link HttpConnections}), each exchange on the calling client's thread.
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpConnections http;
    private final UUID project;
    private final List<String> credentials;
    private final List<String> credentialsWithJson;

    Api(String baseUrl, UUID project, String user, String key) {
        URI base = URI.create(baseUrl);
        this.http = new HttpConnections(base.getHost(), base.getPort());
        this.project = project;
        this.credentials = List.of("X-Auth-Project", project.toString(), "X-Auth-User", user, "X-Auth-Token", key);
        List<String> withJson = new ArrayList<>(credentials);
        withJson.addAll(List.of("Content-Type", "application/json"));
        this.credentialsWithJson = List.copyOf(withJson);
    }

    /** The answer's body as JSON; any status but the expected one is an error. */
    JsonNode call(String method, String path, String body, int expectedStatus) {
        String answer = exchange(method, path, body, expectedStatus);
        return answer.isEmpty() ? null : JSON.readTree(answer);
    }

    /**
     * A GET's body as text, received in full but not parsed: what latency measurements time, so that the
     * load generator's own parsing is not counted as the service's.
     */
    String fetch(String path) {
        return exchange("GET", path, null, 200);
    }

    /** A write's ledger position (its {@code X-Ledger-Position}); any status but the expected one is an error. */
    long write(String method, String path, String body, int expectedStatus) {
        return Long.parseLong(send(method, path, body, expectedStatus).header("X-Ledger-Position")
                .orElseThrow(() -> new IllegalStateException(method + " " + path + " answered no position")));
    }

    private String exchange(String method, String path, String body, int expectedStatus) {
        return send(method, path, body, expectedStatus).body();
    }

    /** The service's health: its body whether up (200) or down (503). */
    JsonNode health() {
        return JSON.readTree(send("GET", "/actuator/health", null, 200, 503).body());
    }

    /** The whole answer; any status but the expected ones is an error. */
    Answer send(String method, String path, String body, int... expectedStatus) {
        try {
            Answer answer = body == null ? http.exchange(method, path, credentials, null)
                    : http.exchange(method, path, credentialsWithJson, body.getBytes(StandardCharsets.UTF_8));
            if (Arrays.stream(expectedStatus).noneMatch(status -> status == answer.status())) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": "
                        + answer.body());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        }
    }

    JsonNode get(String path) {
        return call("GET", path, null, 200);
    }

    long create(String path, String body) {
        return call("POST", path, body, 201).get("id").longValue();
    }

    UUID project() {
        return project;
    }
}
