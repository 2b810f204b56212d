package org.fleetledger.command.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema (draft 2020-12 unless the document names another with {@code $schema}) applied to
 * variable values. Compiled schemas are kept by their text, so each is compiled once.
 */
public final class SchemaCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
    /** The draft 2020-12 meta-schema, which the library ships: a schema document is checked against it. */
    private static final Schema META_SCHEMA =
            REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    private SchemaCheck() {
    }

    /** The reason {@code schema} (JSON text) is not a usable schema, or null when it is one. */
    public static String problemWith(String schema) {
        try {
            List<Error> errors = META_SCHEMA.validate(JSON.readTree(schema));
            if (!errors.isEmpty()) {
                Error first = errors.getFirst();
                return first.getKeyword() + ": " + first.getMessage();
            }
            compiled(schema);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** The rules {@code value} breaks, as "keyword: message" lines; empty when it satisfies the schema. */
    public static List<String> violations(String schema, Object value) {
        JsonNode node = value instanceof JsonNode json ? json : JSON.valueToTree(value);
        List<Error> errors = compiled(schema).validate(node);
        return errors.stream().map(error -> error.getKeyword() + ": " + error.getMessage()).toList();
    }

    private static Schema compiled(String schema) {
        return COMPILED.computeIfAbsent(schema, text -> REGISTRY.getSchema(JSON.readTree(text)));
    }
}
