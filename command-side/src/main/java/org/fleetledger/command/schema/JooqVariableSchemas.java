package org.fleetledger.command.schema;

import org.fleetledger.events.project.ProjectId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import static org.fleetledger.command.jooq.Tables.VARIABLE_SCHEMA;

/** {@link VariableSchemas} on the {@code variable_schema} table. */
@Component
class JooqVariableSchemas implements VariableSchemas {

    private final DSLContext db;

    JooqVariableSchemas(DSLContext db) {
        this.db = db;
    }

    @Override
    public void put(ProjectId project, String key, String schema) {
        db.insertInto(VARIABLE_SCHEMA)
                .set(VARIABLE_SCHEMA.PROJECT_ID, project.value())
                .set(VARIABLE_SCHEMA.KEY, key)
                .set(VARIABLE_SCHEMA.SCHEMA, schema)
                .onConflict(VARIABLE_SCHEMA.PROJECT_ID, VARIABLE_SCHEMA.KEY)
                .doUpdate()
                .set(VARIABLE_SCHEMA.SCHEMA, schema)
                .execute();
    }

    @Override
    public void remove(ProjectId project, String key) {
        db.deleteFrom(VARIABLE_SCHEMA)
                .where(VARIABLE_SCHEMA.PROJECT_ID.eq(project.value()))
                .and(VARIABLE_SCHEMA.KEY.eq(key))
                .execute();
    }

    @Override
    public Map<String, String> of(ProjectId project, Collection<String> keys) {
        Map<String, String> schemas = new HashMap<>();
        if (!keys.isEmpty()) {
            db.select(VARIABLE_SCHEMA.KEY, VARIABLE_SCHEMA.SCHEMA).from(VARIABLE_SCHEMA)
                    .where(VARIABLE_SCHEMA.PROJECT_ID.eq(project.value()))
                    // one array bind value: the statement's text is the same however many keys a write sets
                    .and(VARIABLE_SCHEMA.KEY.eq(DSL.any(keys.toArray(String[]::new))))
                    .forEach(row -> schemas.put(row.value1(), row.value2()));
        }
        return schemas;
    }
}
