package org.fleetledger.query.variables;

import org.jooq.JSONB;
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

    static JSONB toJsonb(Object value) {
        return JSONB.valueOf(MAPPER.writeValueAsString(value));
    }

    static JsonNode toNode(JSONB value) {
        return value == null ? MAPPER.nullNode() : MAPPER.readTree(value.data());
    }

    /** A JSON object's members, keys in order. */
    static Map<String, JsonNode> toSortedMap(JSONB object) {
        Map<String, JsonNode> members = new TreeMap<>();
        MAPPER.readTree(object.data()).properties().forEach(member -> members.put(member.getKey(), member.getValue()));
        return members;
    }
}
