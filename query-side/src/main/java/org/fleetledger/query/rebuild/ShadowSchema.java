package org.fleetledger.query.rebuild;

import org.fleetledger.query.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.util.List;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.quotedName;

/**
 * The schema a rebuild builds the read models in, beside the live ones in {@code public}: the same
 * tables (columns, defaults, constraints, indexes), and the functions whose arguments are rows of
 * those tables. Switching moves the live tables out and the rebuilt ones in, in one transaction.
 * Every name comes from the read models' own schema, never from input.
 */
final class ShadowSchema {

    static final String SHADOW = "read_model_rebuild";
    static final String RETIRED = "read_model_retired";
    private static final String LIVE = "public";

    private ShadowSchema() {
    }

    /** The read models' tables, as the query side's migrations define them. */
    static List<String> tables() {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).sorted().toList();
    }

    /** A fresh, empty shadow schema: the tables and row-typed functions of the live one. */
    static void create(DSLContext db) {
        db.dropSchemaIfExists(SHADOW).cascade().execute();
        db.createSchema(SHADOW).execute();
        for (String table : tables()) {
            db.execute("CREATE TABLE {0} (LIKE {1} INCLUDING ALL)", name(SHADOW, table), name(LIVE, table));
        }
        List<String> definitions = rowFunctions(db, LIVE).stream()
                .map(oid -> db.fetchSingle("SELECT pg_get_functiondef(?::oid)", oid).get(0, String.class))
                .toList();
        // each definition names the live schema once, in its header; its argument types and its body
        // resolve through the search path, which puts the shadow schema first
        db.execute("SET LOCAL search_path = " + SHADOW + ", " + LIVE);
        definitions.forEach(definition -> executeVerbatim(db,
                definition.replaceFirst("FUNCTION " + LIVE + "\\.", "FUNCTION " + SHADOW + ".")));
        db.execute("SET LOCAL search_path = " + LIVE);
    }

    /**
     * Gathers the planner's statistics of every shadow table: tables filled in one go have none until
     * autovacuum comes by, and plans made without them join thousands of rows by nested loops.
     */
    static void analyze(DSLContext db) {
        for (String table : tables()) {
            db.execute("ANALYZE {0}", name(SHADOW, table));
        }
    }

    /** Moves the live tables and functions to the retired schema and the shadow ones in their place. */
    static void switchOver(DSLContext db) {
        db.dropSchemaIfExists(RETIRED).cascade().execute();
        db.createSchema(RETIRED).execute();
        List<Long> liveFunctions = rowFunctions(db, LIVE);
        List<Long> shadowFunctions = rowFunctions(db, SHADOW);
        for (String table : tables()) {
            db.execute("ALTER TABLE {0} SET SCHEMA {1}", name(LIVE, table), quotedName(RETIRED));
            db.execute("ALTER TABLE {0} SET SCHEMA {1}", name(SHADOW, table), quotedName(LIVE));
        }
        liveFunctions.forEach(oid -> executeVerbatim(db, "ALTER FUNCTION " + signature(db, oid)
                + " SET SCHEMA " + RETIRED));
        shadowFunctions.forEach(oid -> executeVerbatim(db, "ALTER FUNCTION " + signature(db, oid)
                + " SET SCHEMA " + LIVE));
        db.dropSchema(SHADOW).cascade().execute();
    }

    /** Drops what the last switch retired. */
    static void dropRetired(DSLContext db) {
        db.dropSchemaIfExists(RETIRED).cascade().execute();
    }

    /** The functions of a schema that take a row of one of its read-model tables, by oid. */
    private static List<Long> rowFunctions(DSLContext db, String schema) {
        return db.fetch(ROW_FUNCTIONS, schema, schema, tables().toArray(String[]::new)).getValues(0, Long.class);
    }

    /** A function's name and argument types as PostgreSQL writes them (qualified where not visible). */
    private static String signature(DSLContext db, long oid) {
        return db.fetchSingle("SELECT ?::oid::regprocedure::text", oid).get(0, String.class);
    }

    /** DDL from PostgreSQL's own catalog, run as it is (it may contain characters jOOQ would read as binds). */
    static void executeVerbatim(DSLContext db, String ddl) {
        db.connection(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(ddl);
            }
        });
    }

    private static final String ROW_FUNCTIONS = """
            SELECT p.oid::bigint FROM pg_proc p
            WHERE p.pronamespace = ?::regnamespace
              AND EXISTS (SELECT 1 FROM unnest(p.proargtypes) argument
                          JOIN pg_class c ON c.reltype = argument
                          WHERE c.relnamespace = ?::regnamespace AND c.relname = ANY (?))""";
}
