package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.Patch;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads JSON request bodies strictly: only with a JSON content type, at most {@link JsonNesting#MAX_DEPTH}
 * levels deep, no duplicate keys, no U+0000 nor unpaired surrogate, nothing after the value, decimals
 * kept exact. Converts validated variables to the plain values events carry.
 */
@Component
public class JsonBodies {

    static final String MALFORMED = "The browser (or proxy) sent a request that this server could not understand.";
    static final String TOO_DEEP = "The request body nests objects and arrays more than " + JsonNesting.MAX_DEPTH
            + " levels deep.";

    private final JsonMapper strict = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The body as a tree, or null when there is none. */
    public JsonNode read(HttpServletRequest request) {
        byte[] bytes;
        try {
            bytes = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String contentType = request.getContentType();
        if (bytes.length == 0) {
            return null;
        }
        if (!isJson(contentType)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Request bodies must be JSON, sent with Content-Type: application/json.");
        }
        if (JsonNesting.deeperThan(bytes, JsonNesting.MAX_DEPTH)) {
            throw ApiException.badRequest(TOO_DEEP);
        }
        JsonNode body;
        try {
            body = strict.readTree(bytes);
        } catch (JacksonException e) {
            throw ApiException.badRequest(MALFORMED);
        }
        if (body != null) {
            StorableText.refuseInBody(body);
        }
        return body;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase();
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** A validated string property that may be absent or null: null then. */
    public static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value.stringValue();
    }

    /** A validated integer property that is present. */
    public static long integer(JsonNode body, String name) {
        return body.get(name).longValue();
    }

    /** A validated, present integer property that may be null: null then. */
    public static Long nullableInteger(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value.longValue();
    }

    /** A validated array of strings (absent: empty). */
    public static List<String> strings(JsonNode body, String name) {
        JsonNode value = body.get(name);
        List<String> strings = new ArrayList<>();
        if (value != null) {
            value.forEach(item -> strings.add(item.stringValue()));
        }
        return strings;
    }

    /** A property of a partial update: absent, or present with its value (null included). */
    public static Patch<String> patch(JsonNode body, String name) {
        return body.has(name) ? Patch.of(text(body, name)) : Patch.absent();
    }

    /** A validated string property of a partial update, turned into its canonical form when present. */
    public static Patch<String> patch(JsonNode body, String name, UnaryOperator<String> canonicalForm) {
        Patch<String> patch = patch(body, name);
        return patch.present() ? Patch.of(canonicalForm.apply(patch.value())) : patch;
    }

    /** A validated integer property of a partial update: absent, or its value (null when sent as null). */
    public static Patch<Long> integerPatch(JsonNode body, String name) {
        return body.has(name) ? Patch.of(nullableInteger(body, name)) : Patch.absent();
    }

    /** A validated variables object as plain Java values (maps, lists, strings, numbers, booleans, nulls). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> variables(JsonNode node) {
        return node == null ? Map.of() : strict.treeToValue(node, Map.class);
    }

    /** A variables PUT body (an object of variables, nothing around it), validated and converted. */
    public Map<String, Object> variablesBody(JsonNode node) {
        List<String> problems = BodySchema.variableProblems("", node);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return variables(node);
    }

    /** A JSON array of strings (keys), or a 400 saying what it is instead. */
    public List<String> stringArray(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw ApiException.validation(List.of(JsonValues.show(node) + " is not of type 'array'"));
        }
        List<String> problems = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isString()) {
                values.add(item.stringValue());
            } else {
                problems.add(JsonValues.show(item) + " is not of type 'string'");
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return values;
    }
}
