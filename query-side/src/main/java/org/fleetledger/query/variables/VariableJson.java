package org.fleetledger.query.variables;

import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.TreeMap;

/** Variable values between their event form (plain Java values) and their JSONB column. */
final class VariableJson {

    // Exact decimals: 1.10 stays 1.10 on its way through the read model.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private VariableJson() {
    }

    static String toText(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static JsonNode toNode(JSONB value) {
        return value == null ? MAPPER.nullNode() : MAPPER.readTree(value.data());
    }

    /** A JSON object's members, keys in order. */
    static Map<String, JsonNode> toSortedMap(String object) {
        Map<String, JsonNode> members = new TreeMap<>();
        MAPPER.readTree(object).properties().forEach(member -> members.put(member.getKey(), member.getValue()));
        return members;
    }

    /**
     * A jsonb object written by PostgreSQL as JSON text with its keys in code point order (jsonb keeps
     * them shorter-first), so that answers can carry it unparsed.
     */
    static Field<String> sortedText(Field<JSONB> object) {
        return DSL.field("(select coalesce('{' || string_agg(to_json(e.key)::text || ':' || e.value::text, ','"
                + " order by e.key collate \"C\") || '}', '{}') from jsonb_each({0}) e)", String.class, object);
    }

    /** The JSON object text of key-value rows, keys in code point order: to aggregate over a group of rows. */
    static Field<String> sortedObjectOf(Field<String> key, Field<JSONB> value) {
        return DSL.field("'{' || string_agg(to_json({0})::text || ':' || coalesce({1}::text, 'null'), ','"
                + " order by {0} collate \"C\") || '}'", String.class, key, value);
    }
}
