package org.fleetledger.query.variables;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.query.rebuild.BulkReplay;
import org.fleetledger.query.rebuild.ShadowWriter;
import org.fleetledger.query.support.CsvCopy;
import org.fleetledger.query.support.HeldUntilCommit;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.VARIABLE_VIEW;

/**
 * The rows of {@code variable_view}: every owner's own variables, one row per top-level key, with who
 * set each one, when, with what note and at which position. While a rebuild replays the log in bulk
 * (ADR 0025), the rows that {@code VariablesSet} events write are held in memory, the newest setting
 * of each key replacing the one before, and written together, many in one statement: a log where the
 * same keys change again and again writes each key once per round of writes instead of once per event.
 * A deletion first writes what is held, so that it removes what was set before it and nothing set after.
 * <p>
 * The live projection holds rows the same way within a processor's batch (ADR 0039), and writes them as
 * the batch commits, or as soon as something in the batch reads or deletes them.
 * <p>
 * Rows of an owner that has none in the table go in through COPY, with no check for a conflict: during a
 * bulk replay, every owner not written yet (ADR 0058); in the live projection, the owners whose creation
 * the batch handled, until their rows are written (ADR 0060). Any other owner's rows are upserted.
 */
@Component
@ShadowWriter
class VariableRows implements BulkReplay {

    /**
     * Rows as parallel arrays, one element per row: the statement's text is the same whatever the count,
     * so the driver prepares it once. Each key appears once in a call (held rows are folded by key).
     */
    private static final String SET = "insert into variable_view (" + Column.NAMES + ")\n" + """
            select u.owner_type, u.owner_id, u.project_id::uuid, u.key, u.value::jsonb, u.user_id::bigint,
                   u.username, u.set_at::timestamptz, u.note, u.position::bigint
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[])
                 as u(owner_type, owner_id, project_id, key, value, user_id, username, set_at, note, position)
            on conflict (owner_type, owner_id, key) do update
            set value = excluded.value, set_by_user_id = excluded.set_by_user_id,
                set_by_username = excluded.set_by_username, set_at = excluded.set_at,
                change_note = excluded.change_note, position = excluded.position
            """;
    /** Rows of owners with none in the table yet, in the columns' order of {@link Column}. */
    private static final String COPY = "copy variable_view (" + Column.NAMES + ") from stdin (format csv)";
    private static final Column[] COLUMNS = Column.values();
    /** Rows in one statement, at most: ten arrays of this many elements. */
    private static final int ROWS_PER_STATEMENT = 5_000;
    /** Held rows beyond which the end of a replayed batch writes them (about 300 bytes each in memory). */
    private static final int HOLD_AT_MOST = 50_000;

    private final DSLContext db;
    // a rebuild's own instance holds rows through its replay (ADR 0018); the live one through a batch (ADR 0039)
    private final Map<Key, Row> held = new LinkedHashMap<>();
    private final String batchKey = "variable-rows-held@" + System.identityHashCode(this);
    private boolean holding;
    /**
     * The owners a bulk replay has written rows of, as type and id. The shadow table starts empty, so the
     * rows of any other owner are new, and go in through COPY, which checks no key for a conflict and
     * parses no arrays: a fleet's creation writes a million such rows (ADR 0058).
     */
    private final Set<Owner> writtenInBulk = new HashSet<>();
    /**
     * The owners whose creation the live batch handled and whose rows it has not written yet: they have no
     * rows in the table. Forgotten when the batch ends, whether it commits or rolls back.
     */
    private final Set<Owner> createdInBatch = new HashSet<>();

    VariableRows(DSLContext db) {
        this.db = db;
    }

    /**
     * Sets an owner's variables as one event sets them: each key's value, and who set it, when and why.
     * Inside a processor's batch, the rows are held and written together as the batch commits, in one
     * statement for the whole batch instead of one per event.
     */
    void set(VariableOwner owner, UUID project, Map<String, String> jsonValues, Setter setter) {
        List<Row> rows = new ArrayList<>(jsonValues.size());
        jsonValues.forEach((key, json) -> rows.add(new Row(owner.type().name(), owner.id(), project.toString(),
                key, json, setter)));
        if (!holding) {
            if (!CurrentUnitOfWork.isStarted()) {
                write(rows);
                return;
            }
            holdThroughBatch();
        }
        rows.forEach(row -> held.put(new Key(row.ownerType(), row.ownerId(), row.key()), row));
    }

    /**
     * An owner the live batch creates (or restores after its deletion, which deleted its rows): it has no
     * rows yet, so the rows the batch sets for it are copied. Nothing outside a batch or in a bulk replay,
     * which knows its new owners from what it has written.
     */
    void created(OwnerType type, long id) {
        if (holding || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        holdThroughBatch();
        createdInBatch.add(new Owner(type.name(), Long.toString(id)));
    }

    private void holdThroughBatch() {
        HeldUntilCommit.register(batchKey, () -> {
            writeHeld();
            createdInBatch.clear();
        }, () -> {
            held.clear();
            createdInBatch.clear();
        });
    }

    /** Deletes some of an owner's variables. */
    void delete(VariableOwner owner, Collection<String> keys) {
        writeHeld();
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(owner.type().name()))
                .and(VARIABLE_VIEW.OWNER_ID.eq(owner.id()))
                .and(VARIABLE_VIEW.KEY.in(keys))
                .execute();
    }

    /** Deletes every variable of an owner (the owner is gone). */
    void deleteAllOf(OwnerType type, String id) {
        writeHeld();
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(type.name()))
                .and(VARIABLE_VIEW.OWNER_ID.eq(id))
                .execute();
    }

    /** Deletes the variables of a project's labels (a label is not deleted on its own: it goes with its project). */
    void deleteLabelsOf(UUID project) {
        writeHeld();
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(OwnerType.LABEL.name()))
                .and(VARIABLE_VIEW.PROJECT_ID.eq(project))
                .execute();
    }

    void clear() {
        held.clear();
        createdInBatch.clear();
        db.deleteFrom(VARIABLE_VIEW).execute();
    }

    @Override
    public void beginBulkReplay() {
        holding = true;
    }

    @Override
    public void endOfBatch() {
        if (held.size() > HOLD_AT_MOST) {
            writeHeld();
        }
    }

    @Override
    public void endBulkReplay() {
        writeHeld();
        holding = false;
        writtenInBulk.clear();
    }

    /** Writes the rows held so far; whatever reads this table within a batch calls it first. */
    void writeHeld() {
        if (held.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>(held.values());
        held.clear();
        List<Row> ofNewOwners = new ArrayList<>();
        List<Row> others = new ArrayList<>();
        Set<Owner> newOwners = new HashSet<>();
        for (Row row : rows) {
            Owner owner = new Owner(row.ownerType(), row.ownerId());
            if (hasNoRows(owner)) {
                ofNewOwners.add(row);
                newOwners.add(owner);
            } else {
                others.add(row);
            }
        }
        CsvCopy.rows(db, COPY, COLUMNS.length, ofNewOwners, (row, column) -> COLUMNS[column].of(row));
        writeInParts(others);
        if (holding) {
            writtenInBulk.addAll(newOwners);
        } else {
            createdInBatch.removeAll(newOwners);
        }
    }

    private boolean hasNoRows(Owner owner) {
        return holding ? !writtenInBulk.contains(owner) : createdInBatch.contains(owner);
    }

    private void writeInParts(List<Row> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            write(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    // through JDBC's executeUpdate: jOOQ runs a plain SQL statement with execute(), which a rebuild's
    // batching connection sends at once; as an update, consecutive statements travel as one batch
    private void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SET)) {
                int column = 1;
                for (Column value : COLUMNS) {
                    statement.setArray(column++, textArray(connection, rows, value));
                }
                statement.executeUpdate();
            }
        });
    }

    private static Array textArray(Connection connection, List<Row> rows, Column column)
            throws SQLException {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.of(rows.get(i));
        }
        return connection.createArrayOf("text", values);
    }

    /** Who set variables, when, why and at which position of the log; any of them may be unknown. */
    record Setter(Long userId, String username, OffsetDateTime at, String note, Long position) {
    }

    private record Key(String ownerType, String ownerId, String key) {
    }

    private record Owner(String type, String id) {
    }

    private record Row(String ownerType, String ownerId, String project, String key, String json, Setter setter) {
    }

    /** The statement's arrays, in its order. */
    private enum Column {
        OWNER_TYPE, OWNER_ID, PROJECT, KEY, VALUE, USER_ID, USERNAME, SET_AT, NOTE, POSITION;

        /** The table's columns, in this order: the one list both statements write to. */
        static final String NAMES = "owner_type, owner_id, project_id, key, value, set_by_user_id, set_by_username, "
                + "set_at, change_note, position";

        String of(Row row) {
            Setter setter = row.setter();
            return switch (this) {
                case OWNER_TYPE -> row.ownerType();
                case OWNER_ID -> row.ownerId();
                case PROJECT -> row.project();
                case KEY -> row.key();
                case VALUE -> row.json();
                case USER_ID -> setter.userId() == null ? null : setter.userId().toString();
                case USERNAME -> setter.username();
                case SET_AT -> setter.at() == null ? null : setter.at().toString();
                case NOTE -> setter.note();
                case POSITION -> setter.position() == null ? null : setter.position().toString();
            };
        }
    }
}
