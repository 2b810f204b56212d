package org.fleetledger.query.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.conf.ParamType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * New rows of one table that a projection inserts: within a processor's batch they are held and inserted
 * together as the batch commits, in one round trip instead of one per event (ADR 0049); outside one (a
 * rebuild's replay), at once. A row whose key exists already is left as it is, as a replayed event finds it.
 *
 * <p>The rows go through JDBC as one batch of a single-row insert (ADR 0052): its text is rendered once
 * for each set of fields the rows set, and the same text, planned once, serves batches of every size.
 * Rendering a multi-row insert through jOOQ for every batch took more of the processor's CPU than
 * PostgreSQL took to run it.
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
    /** The insert's text for each set of fields, rendered on first use. */
    private final Map<List<Field<?>>, String> statements = new HashMap<>();

    public HeldInserts(DSLContext db, Table<R> table) {
        this.db = db;
        this.table = table;
        this.batchKey = "held-inserts@" + System.identityHashCode(this);
    }

    /** Inserts {@code row} (its changed fields), held until the batch commits when there is one. */
    public void insert(R row) {
        if (!CurrentUnitOfWork.isStarted()) {
            insert(setFields(row), List.of(row));
            return;
        }
        HeldUntilCommit.register(batchKey, this::write, held::clear);
        held.add(row);
    }

    /** Forgets the rows held so far, unwritten (a read model cleared for a replay). */
    public void forget() {
        held.clear();
    }

    /**
     * Inserts the rows held so far: one batch for the rows that set the same fields (rows of one kind of
     * event do), so that no row takes another's column as unset.
     */
    public void write() {
        if (held.isEmpty()) {
            return;
        }
        Map<List<Field<?>>, List<R>> bySetFields = new LinkedHashMap<>();
        for (R row : held) {
            bySetFields.computeIfAbsent(setFields(row), fields -> new ArrayList<>()).add(row);
        }
        held.clear();
        bySetFields.forEach(this::insert);
    }

    private static List<Field<?>> setFields(TableRecord<?> row) {
        return Stream.of(row.fields()).filter(row::changed).<Field<?>>map(field -> field).toList();
    }

    private void insert(List<Field<?>> fields, List<R> rows) {
        String sql = statements.computeIfAbsent(fields, this::render);
        db.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (R row : rows) {
                    for (int i = 0; i < fields.size(); i++) {
                        bind(connection, insert, i + 1, fields.get(i), row);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private String render(List<Field<?>> fields) {
        return db.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), null))
                .onConflictDoNothing().getSQL(ParamType.INDEXED);
    }

    /**
     * A field's value as the database takes it: through the field's converter, then bound as
     * {@link RenderedStatements} binds values; a null with its column's type.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(Connection connection, PreparedStatement insert, int index, Field<?> field,
                             TableRecord<?> row) throws SQLException {
        Object value = ((Converter) field.getConverter()).to(row.get(field));
        if (value == null) {
            insert.setNull(index, field.getDataType().getSQLType());
        } else {
            RenderedStatements.bind(connection, insert, index, value);
        }
    }
}
