package org.fleetledger.command.schema;

import org.fleetledger.events.project.ProjectId;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.fleetledger.command.jooq.Tables.VARIABLE_SCHEMA;

/** {@link VariableSchemas} on the {@code variable_schema} table. */
@Component
class JooqVariableSchemas implements VariableSchemas {

    /**
     * {@link #of}'s statement, rendered once, when the class loads, and run through JDBC (ADR 0051): it
     * checks every write group's variables (ADR 0037). Its bind values are the project and an array of the
     * keys, so its text is the same however many keys a write sets.
     */
    private static final String OF_KEYS = DSL.using(SQLDialect.POSTGRES).render(
            DSL.select(VARIABLE_SCHEMA.KEY, VARIABLE_SCHEMA.SCHEMA).from(VARIABLE_SCHEMA)
                    .where(VARIABLE_SCHEMA.PROJECT_ID.eq(DSL.param("project", UUID.class)))
                    .and(VARIABLE_SCHEMA.KEY.eq(DSL.any(DSL.param("keys", String[].class)))));

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
            db.connection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(OF_KEYS)) {
                    statement.setObject(1, project.value());
                    statement.setArray(2, connection.createArrayOf("varchar", keys.toArray()));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            schemas.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
            });
        }
        return schemas;
    }
}
