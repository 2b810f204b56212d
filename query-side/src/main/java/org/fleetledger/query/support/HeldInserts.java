package org.fleetledger.query.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * New rows of one table that a projection inserts: within a processor's batch they are held and inserted
 * together as the batch commits, in one statement instead of one per event (ADR 0049); outside one (a
 * rebuild's replay), at once. A row whose key exists already is left as it is, as a replayed event finds it.
 *
 * <p>The projection calls {@link #write} before anything else it does to its tables within the batch, so
 * that every other statement sees the rows held before it. A batch that rolls back forgets them, and
 * handles its events again. Each instance serves one processor's thread, as its projection does.
 */
public final class HeldInserts<R extends TableRecord<R>> {

    private final DSLContext db;
    private final Table<R> table;
    private final String batchKey;
    private final List<R> held = new ArrayList<>();

    public HeldInserts(DSLContext db, Table<R> table) {
        this.db = db;
        this.table = table;
        this.batchKey = "held-inserts@" + System.identityHashCode(this);
    }

    /** Inserts {@code row} (its changed fields), held until the batch commits when there is one. */
    public void insert(R row) {
        if (!CurrentUnitOfWork.isStarted()) {
            db.insertInto(table).set(row).onConflictDoNothing().execute();
            return;
        }
        HeldUntilCommit.register(batchKey, this::write, held::clear);
        held.add(row);
    }

    /**
     * Inserts the rows held so far: one statement for the rows that set the same fields (rows of one kind
     * of event do), so that no row takes another's column as unset.
     */
    public void write() {
        if (held.isEmpty()) {
            return;
        }
        Map<List<Field<?>>, List<R>> bySetFields = new LinkedHashMap<>();
        for (R row : held) {
            List<Field<?>> set = Stream.of(row.fields()).filter(row::changed).<Field<?>>map(field -> field).toList();
            bySetFields.computeIfAbsent(set, fields -> new ArrayList<>()).add(row);
        }
        held.clear();
        bySetFields.values().forEach(rows -> {
            InsertSetMoreStep<R> insert = db.insertInto(table).set(rows.getFirst());
            for (R row : rows.subList(1, rows.size())) {
                insert = insert.newRecord().set(row);
            }
            insert.onConflictDoNothing().execute();
        });
    }
}
