package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Collection;
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
        Map<String, JsonNode> resolved = new TreeMap<>();
        for (VariableOwner owner : chain) {
            own(owner.type(), owner.id()).forEach(resolved::putIfAbsent);
        }
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
