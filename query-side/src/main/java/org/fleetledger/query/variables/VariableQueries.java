package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.fleetledger.query.jooq.Tables.VARIABLE_VIEW;

/** Reads of resources' own variables. */
@Component
public class VariableQueries {

    private final DSLContext db;

    VariableQueries(DSLContext db) {
        this.db = db;
    }

    /** One owner's own variables, keys in order. */
    public Map<String, JsonNode> own(OwnerType type, String id) {
        return ownOfEach(type, List.of(id)).getOrDefault(id, new TreeMap<>());
    }

    /**
     * Resolution along a chain of owners, most specific first: for each key, the first owner that holds
     * it supplies its whole value (a null value included).
     */
    public Map<String, JsonNode> resolved(List<VariableOwner> chain) {
        return resolvedEach(Map.of(0, chain)).get(0);
    }

    /**
     * {@link #resolved} for many chains at once: every owner's variables are read once, in one query
     * per owner type, however many chains share it.
     */
    public <K> Map<K, Map<String, JsonNode>> resolvedEach(Map<K, List<VariableOwner>> chains) {
        Map<OwnerType, Set<String>> owners = new EnumMap<>(OwnerType.class);
        chains.values().forEach(chain -> chain.forEach(owner ->
                owners.computeIfAbsent(owner.type(), type -> new HashSet<>()).add(owner.id())));
        Map<OwnerType, Map<String, Map<String, JsonNode>>> own = new EnumMap<>(OwnerType.class);
        owners.forEach((type, ids) -> own.put(type, ownOfEach(type, ids)));
        Map<K, Map<String, JsonNode>> resolved = new LinkedHashMap<>();
        chains.forEach((key, chain) -> {
            Map<String, JsonNode> values = new TreeMap<>();
            for (VariableOwner owner : chain) {
                own.get(owner.type()).getOrDefault(owner.id(), Map.of()).forEach(values::putIfAbsent);
            }
            resolved.put(key, values);
        });
        return resolved;
    }

    /** The own variables of several owners of one type at once, by owner id; owners without any are absent. */
    public Map<String, Map<String, JsonNode>> ownOfEach(OwnerType type, Collection<String> ids) {
        Map<String, Map<String, JsonNode>> byOwner = new HashMap<>();
        if (ids.isEmpty()) {
            return byOwner;
        }
        db.select(VARIABLE_VIEW.OWNER_ID, VARIABLE_VIEW.KEY, VARIABLE_VIEW.VALUE)
                .from(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(type.name()))
                .and(VARIABLE_VIEW.OWNER_ID.in(ids))
                .forEach(row -> byOwner.computeIfAbsent(row.value1(), k -> new TreeMap<>())
                        .put(row.value2(), VariableJson.toNode(row.value3())));
        return byOwner;
    }
}
