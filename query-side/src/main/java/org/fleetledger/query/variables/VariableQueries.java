package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.RESOLVED_VARIABLES;
import static org.fleetledger.query.jooq.Tables.VARIABLE_SCHEMA_VIEW;
import static org.fleetledger.query.jooq.Tables.VARIABLE_VIEW;

/** Reads of resources' own variables. */
@Component
public class VariableQueries {

    private static final Field<String> OWN_OBJECT = VariableJson.sortedObjectOf(VARIABLE_VIEW.KEY, VARIABLE_VIEW.VALUE);
    /**
     * {@link #ownOfEach}'s statement, rendered once, when the class loads: it answers every variables
     * write, and rendering it for each answer took as much of the service's CPU as running it. Its bind
     * values are the owners' type and an array of their ids.
     */
    private static final String OWN_OF_EACH = DSL.using(SQLDialect.POSTGRES).render(
            DSL.select(VARIABLE_VIEW.OWNER_ID, OWN_OBJECT)
                    .from(VARIABLE_VIEW)
                    .where(VARIABLE_VIEW.OWNER_TYPE.eq(DSL.param("type", String.class)))
                    .and(VARIABLE_VIEW.OWNER_ID.eq(DSL.any(DSL.param("ids", String[].class))))
                    .groupBy(VARIABLE_VIEW.OWNER_ID));

    private final DSLContext db;

    VariableQueries(DSLContext db) {
        this.db = db;
    }

    /** The schema (JSON text) of a key in a project, if it has one. */
    public Optional<String> schema(UUID project, String key) {
        return db.select(VARIABLE_SCHEMA_VIEW.SCHEMA).from(VARIABLE_SCHEMA_VIEW)
                .where(VARIABLE_SCHEMA_VIEW.PROJECT_ID.eq(project))
                .and(VARIABLE_SCHEMA_VIEW.KEY.eq(key))
                .fetchOptional(VARIABLE_SCHEMA_VIEW.SCHEMA);
    }

    /** Every owner in a project holding {@code key} among its own variables, with the value. */
    public List<OwnValue> holdersOf(UUID project, String key) {
        return db.select(VARIABLE_VIEW.OWNER_TYPE, VARIABLE_VIEW.OWNER_ID, VARIABLE_VIEW.VALUE).from(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.PROJECT_ID.eq(project))
                .and(VARIABLE_VIEW.KEY.eq(key))
                .orderBy(VARIABLE_VIEW.OWNER_TYPE, VARIABLE_VIEW.OWNER_ID)
                .fetch(row -> new OwnValue(OwnerType.valueOf(row.value1()), row.value2(),
                        VariableJson.toNode(row.value3())));
    }

    /** One owner's own variables, keys in order. */
    public VariableMap own(OwnerType type, String id) {
        return ownOfEach(type, List.of(id)).getOrDefault(id, VariableMap.EMPTY);
    }

    /**
     * The resolved variables of a region, cell or device (hosts and network devices): for each key, the
     * value of the first owner along its resolution order that holds it. Empty when it has none.
     */
    public VariableMap resolved(OwnerType type, long id) {
        return resolvedOfEach(type, List.of(id)).getOrDefault(id, VariableMap.EMPTY);
    }

    /**
     * The variables of a page of resources of one type at once, resolved or their own, by id; every id
     * is present (an empty map for none). One query, however long the page.
     */
    public Map<Long, VariableMap> ofEach(OwnerType type, List<Long> ids, boolean resolved) {
        Map<Long, VariableMap> found = new HashMap<>();
        if (resolved) {
            found.putAll(resolvedOfEach(type, ids));
        } else {
            ownOfEach(type, ids.stream().map(String::valueOf).toList())
                    .forEach((id, values) -> found.put(Long.parseLong(id), values));
        }
        ids.forEach(id -> found.putIfAbsent(id, VariableMap.EMPTY));
        return found;
    }

    /** {@link #resolved} of several resources of one type at once; those without any are absent. */
    public Map<Long, VariableMap> resolvedOfEach(OwnerType type, Collection<Long> ids) {
        Map<Long, VariableMap> byOwner = new HashMap<>();
        if (ids.isEmpty()) {
            return byOwner;
        }
        db.select(RESOLVED_VARIABLES.OWNER_ID, VariableJson.sortedText(RESOLVED_VARIABLES.RESOLVED))
                .from(RESOLVED_VARIABLES)
                .where(RESOLVED_VARIABLES.OWNER_TYPE.eq(type.name()))
                .and(RESOLVED_VARIABLES.OWNER_ID.in(ids.stream().map(String::valueOf).toList()))
                .forEach(row -> byOwner.put(Long.parseLong(row.value1()), VariableMap.of(row.value2())));
        return byOwner;
    }

    /** The own variables of several owners of one type at once, by owner id; owners without any are absent. */
    public Map<String, VariableMap> ownOfEach(OwnerType type, Collection<String> ids) {
        Map<String, VariableMap> byOwner = new HashMap<>();
        if (ids.isEmpty()) {
            return byOwner;
        }
        db.resultQuery(OWN_OF_EACH, type.name(), ids.toArray(String[]::new))
                .coerce(VARIABLE_VIEW.OWNER_ID, OWN_OBJECT)
                .forEach(row -> byOwner.put(row.value1(), VariableMap.of(row.value2())));
        return byOwner;
    }
}
