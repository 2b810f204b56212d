package org.fleetledger.command.ledger;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.fleetledger.command.jooq.Tables.DOMAIN_EVENT_ENTRY;
import static org.jooq.impl.DSL.max;

/** Reads global positions from the event log. */
@Component
public class EventLogPositions {

    /**
     * {@link #chainHead}'s statement, run through JDBC: every write group reads it (ADR 0051). The function
     * answers the transaction's own last event once it has appended, since the head's row is written
     * only as the transaction commits (ADR 0059).
     */
    private static final String CHAIN_HEAD = "SELECT chain_position()";

    /**
     * {@link #lastSequences}' statement, rendered once: every write group of several commands reads it.
     * Each aggregate's number is its own {@code max}, which PostgreSQL finds with one probe of the log's
     * unique index from its end; a {@code GROUP BY} over all the aggregates' rows would read every event
     * of each, as many as its history holds.
     */
    private static final String LAST_SEQUENCES;

    static {
        Table<?> aggregates = DSL.unnest(DSL.val((String[]) null,
                DOMAIN_EVENT_ENTRY.AGGREGATE_IDENTIFIER.getDataType().getArrayDataType())).as("aggregates", "id");
        Field<String> aggregate = aggregates.field("id", String.class);
        LAST_SEQUENCES = DSL.using(SQLDialect.POSTGRES).render(DSL.select(aggregate,
                        DSL.field(DSL.select(max(DOMAIN_EVENT_ENTRY.SEQUENCE_NUMBER))
                                .from(DOMAIN_EVENT_ENTRY)
                                .where(DOMAIN_EVENT_ENTRY.AGGREGATE_IDENTIFIER.eq(aggregate))))
                .from(aggregates));
    }

    private final DSLContext db;

    EventLogPositions(DSLContext db) {
        this.db = db;
    }

    /** The position of the newest stored event, 0 when the log is empty. */
    public long head() {
        Long head = db.select(max(DOMAIN_EVENT_ENTRY.GLOBAL_INDEX))
                .from(DOMAIN_EVENT_ENTRY)
                .fetchOne(0, Long.class);
        return head == null ? 0 : head;
    }

    /**
     * The version of an aggregate (the sequence number of its last event) and that event's position;
     * empty when it has no events.
     */
    public Optional<AggregateVersion> versionOf(String aggregateId) {
        return db.select(DOMAIN_EVENT_ENTRY.SEQUENCE_NUMBER, DOMAIN_EVENT_ENTRY.GLOBAL_INDEX)
                .from(DOMAIN_EVENT_ENTRY)
                .where(DOMAIN_EVENT_ENTRY.AGGREGATE_IDENTIFIER.eq(aggregateId))
                .orderBy(DOMAIN_EVENT_ENTRY.SEQUENCE_NUMBER.desc())
                .limit(1)
                .fetchOptional(row -> new AggregateVersion(row.value1(), row.value2()));
    }

    /**
     * The last sequence number of each of {@code aggregates} as the current transaction sees the log;
     * {@link StoredSequences#NONE} for one without events.
     */
    Map<String, Long> lastSequences(Collection<String> aggregates) {
        Map<String, Long> last = new HashMap<>();
        aggregates.forEach(aggregate -> last.put(aggregate, StoredSequences.NONE));
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(LAST_SEQUENCES)) {
                statement.setArray(1, connection.createArrayOf("varchar", aggregates.toArray(String[]::new)));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long sequence = rows.getLong(2);
                        if (!rows.wasNull()) {
                            last.put(rows.getString(1), sequence);
                        }
                    }
                }
            }
        });
        return last;
    }

    /** An aggregate's version and the position of the event that made it. */
    public record AggregateVersion(long version, long position) {
    }

    /**
     * The position of the chain's head (ADR 0016) as the current transaction sees it. In a transaction
     * that has appended events, that is its own last event, since appends hold the head until they commit.
     */
    long chainHead() {
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CHAIN_HEAD);
                 ResultSet row = statement.executeQuery()) {
                row.next(); // a SELECT without FROM answers one row
                long position = row.getLong(1);
                if (row.wasNull()) {
                    throw new IllegalStateException("the log has no chain head");
                }
                return position;
            }
        });
    }
}
