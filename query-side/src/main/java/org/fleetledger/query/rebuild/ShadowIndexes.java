package org.fleetledger.query.rebuild;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static org.jooq.impl.DSL.name;

/**
 * The shadow tables' indexes that back no constraint: dropped before a replay, so that it maintains
 * only the keys its statements look up, and built once, in bulk, after it (ADR 0025), on several
 * connections at once, the largest tables' first (ADR 0032).
 */
final class ShadowIndexes {

    /** The indexes of a schema's tables that no primary key or unique constraint owns: name, table, definition. */
    private static final String SECONDARY_INDEXES = """
            SELECT c.relname, t.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            WHERE c.relnamespace = ?::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY c.relname""";

    private static final String TABLE_SIZES = """
            SELECT relname, pg_total_relation_size(oid) FROM pg_class
            WHERE relnamespace = ?::regnamespace AND relkind = 'r'""";

    private final List<Definition> definitions;

    private ShadowIndexes(List<Definition> definitions) {
        this.definitions = definitions;
    }

    /** Drops the shadow schema's secondary indexes and answers them, to be {@linkplain #build built} again. */
    static ShadowIndexes drop(DSLContext db) {
        List<Definition> dropped = new ArrayList<>();
        for (Record index : db.fetch(SECONDARY_INDEXES, ShadowSchema.SHADOW)) {
            dropped.add(new Definition(index.get(1, String.class), index.get(2, String.class)));
            // a template, not dropIndex(): the read models' settings render no schema for jOOQ's own objects
            db.execute("DROP INDEX {0}", name(ShadowSchema.SHADOW, index.get(0, String.class)));
        }
        return new ShadowIndexes(List.copyOf(dropped));
    }

    /**
     * Builds the dropped indexes on {@code connections} connections at once, each index in a transaction
     * of its own, those of the largest tables first: the largest index (the resolved variables' search
     * index) takes about as long as all the others together.
     */
    void build(TransactionTemplate transaction, DSLContext db, int connections) throws Exception {
        Map<String, Long> sizes = new HashMap<>();
        transaction.executeWithoutResult(tx -> db.fetch(TABLE_SIZES, ShadowSchema.SHADOW)
                .forEach(table -> sizes.put(table.get(0, String.class), table.get(1, Long.class))));
        Queue<Definition> left = new ConcurrentLinkedQueue<>(definitions.stream()
                .sorted(Comparator.comparingLong((Definition index) -> sizes.getOrDefault(index.table(), 0L))
                        .reversed())
                .toList());
        try (ExecutorService builders = RebuildThreads.pool("read-model-rebuild-index", connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                running.add(builders.submit(() -> {
                    Definition next;
                    while ((next = left.poll()) != null) {
                        String ddl = next.ddl();
                        try {
                            transaction.executeWithoutResult(tx -> {
                                db.execute("SET LOCAL maintenance_work_mem = '256MB'");
                                ShadowSchema.executeVerbatim(db, ddl);
                            });
                        } catch (RuntimeException e) {
                            // the rebuild fails: the other connections build no more
                            left.clear();
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> builder : running) {
                try {
                    builder.get();
                } catch (ExecutionException e) {
                    throw RebuildThreads.causeOf(e);
                }
            }
        }
    }

    /** A secondary index: its table's name and the statement that creates it, from PostgreSQL's catalog. */
    private record Definition(String table, String ddl) {
    }
}
