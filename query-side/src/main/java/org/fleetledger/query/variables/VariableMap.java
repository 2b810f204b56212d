package org.fleetledger.query.variables;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A resource's variables as one JSON object, keys in order, exactly as PostgreSQL wrote it. Responses
 * carry it through unparsed; {@link #toMap()} parses it for callers that work on the values.
 */
public final class VariableMap extends JacksonSerializable.Base {

    /** No variables. */
    public static final VariableMap EMPTY = new VariableMap("{}");

    private final String json;

    private VariableMap(String json) {
        this.json = json;
    }

    /** Wraps JSON object text written by the read model's queries; never text from a request. */
    static VariableMap of(String json) {
        return json == null ? EMPTY : new VariableMap(json);
    }

    /**
     * Values computed in the service, written out keys in order with the read model's own writer: JSON
     * nodes (time travel), or plain Java values in their event form (a variables write's answer, ADR 0042).
     */
    public static VariableMap ofValues(Map<String, ?> values) {
        return new VariableMap(VariableJson.toText(new TreeMap<>(values)));
    }

    /** The members, keys in order. */
    public Map<String, JsonNode> toMap() {
        return VariableJson.toSortedMap(json);
    }

    public String json() {
        return json;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializationContext context) {
        generator.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializationContext context, TypeSerializer types) {
        serialize(generator, context);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VariableMap map && map.json.equals(json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(json);
    }

    @Override
    public String toString() {
        return json;
    }
}
