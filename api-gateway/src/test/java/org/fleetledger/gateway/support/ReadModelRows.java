package org.fleetledger.gateway.support;

import org.fleetledger.query.jooq.DefaultSchema;
import org.jooq.Table;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every read model, as text, by table: what a replay must reproduce exactly. */
public final class ReadModelRows {

    private ReadModelRows() {
    }

    public static Map<String, List<String>> of(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            // names come from the generated schema, never from input
            tables.put(table.getName(), jdbc.queryForList("SELECT t::text FROM " + table.getName() + " t",
                    String.class));
        }
        return tables;
    }
}
