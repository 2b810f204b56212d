package org.fleetledger.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/** The service's HTTP API, called as the bootstrap root user. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final UUID project;
    private final String user;
    private final String key;

    Api(String baseUrl, UUID project, String user, String key) {
        this.baseUrl = baseUrl;
        this.project = project;
        this.user = user;
        this.key = key;
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
        return Long.parseLong(send(method, path, body, expectedStatus).headers().firstValue("X-Ledger-Position")
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
    HttpResponse<String> send(String method, String path, String body, int... expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header("X-Auth-Project", project.toString())
                .header("X-Auth-User", user)
                .header("X-Auth-Token", key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (Arrays.stream(expectedStatus).noneMatch(status -> status == response.statusCode())) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
