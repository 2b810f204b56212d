package org.fleetledger.gateway.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Real HTTP against the running service, with a caller's credentials. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String baseUrl;
    private final Map<String, String> headers;

    private ApiClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://127.0.0.1:" + port, new LinkedHashMap<>());
    }

    public static ApiClient as(int port, UUID project, String user, String key) {
        return anonymous(port).with("X-Auth-Project", project.toString()).with("X-Auth-User", user)
                .with("X-Auth-Token", key);
    }

    /** A copy that sends one more header (or replaces it). */
    public ApiClient with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiClient(baseUrl, copy);
    }

    public String header(String name) {
        return headers.get(name);
    }

    public ApiClient without(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        return new ApiClient(baseUrl, copy);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, null);
    }

    public ApiResponse post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public ApiResponse put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    public ApiResponse delete(String path, String json) {
        return send("DELETE", path, json, "application/json");
    }

    public ApiResponse send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isEmpty() ? null : parse(text);
            return new ApiResponse(response.statusCode(), response.headers(), text, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
