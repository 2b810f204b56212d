package org.fleetledger.query.ledger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.fleetledger.query.ledger.EventLogTable.AGGREGATE_ID;
import static org.fleetledger.query.ledger.EventLogTable.AGGREGATE_TYPE;
import static org.fleetledger.query.ledger.EventLogTable.EVENTS;
import static org.fleetledger.query.ledger.EventLogTable.EVENT_ID;
import static org.fleetledger.query.ledger.EventLogTable.HASH;
import static org.fleetledger.query.ledger.EventLogTable.METADATA;
import static org.fleetledger.query.ledger.EventLogTable.PAYLOAD;
import static org.fleetledger.query.ledger.EventLogTable.PAYLOAD_REVISION;
import static org.fleetledger.query.ledger.EventLogTable.PAYLOAD_TYPE;
import static org.fleetledger.query.ledger.EventLogTable.POSITION;
import static org.fleetledger.query.ledger.EventLogTable.PROJECT_ID;
import static org.fleetledger.query.ledger.EventLogTable.SEQUENCE;
import static org.fleetledger.query.ledger.EventLogTable.TIME;

/**
 * Reads stored events straight from the log, through the same serializer and upcasters as the event
 * store, so that an event stored in an older shape reads as the current one.
 */
@Component
public class EventLogReader {

    /** The columns Axon's upcasters and serializer take, as {@link #stored} reads them. */
    private static final List<Field<?>> STORED = List.of(POSITION, EVENT_ID, AGGREGATE_TYPE, AGGREGATE_ID, SEQUENCE,
            TIME, PAYLOAD_TYPE, PAYLOAD_REVISION, PAYLOAD, METADATA);
    /** Those, and the columns of a {@link LedgerEvent} besides. */
    private static final List<Field<?>> LEDGER_EVENT = Stream.concat(STORED.stream(), Stream.of(HASH, PROJECT_ID))
            .toList();

    /**
     * {@link #after(long, int)}'s statement, rendered once, when the class loads: the change stream's
     * publisher reads its every run with it (ADR 0050). It runs through JDBC, its rows read straight into
     * what the serializer takes (ADR 0051). Bind values: the position and the limit; its columns are
     * {@link #LEDGER_EVENT}'s, as {@link #storedRow(ResultSet)} reads them.
     */
    private static final String AFTER = DSL.using(SQLDialect.POSTGRES).render(DSL.select(LEDGER_EVENT).from(EVENTS)
            .where(POSITION.gt(DSL.param("position", Long.class))).orderBy(POSITION.asc())
            .limit(DSL.param("limit", Integer.class)));

    private final DSLContext db;
    private final Serializer serializer;
    private final org.axonframework.config.Configuration axon;

    EventLogReader(DSLContext db, @Qualifier("eventSerializer") Serializer serializer,
                   org.axonframework.config.Configuration axon) {
        this.db = db;
        this.serializer = serializer;
        this.axon = axon;
    }

    /** The events after {@code position}, oldest first, at most {@code limit}. */
    public List<LedgerEvent> after(long position, int limit) {
        return deserialize(db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(AFTER)) {
                statement.setLong(1, position);
                statement.setInt(2, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<StoredRow> read = new ArrayList<>();
                    while (rows.next()) {
                        read.add(storedRow(rows));
                    }
                    return read;
                }
            }
        }));
    }

    /** The events of the visible projects after {@code position}, oldest first, at most {@code limit}. */
    public List<LedgerEvent> after(long position, ProjectFilter visible, int limit) {
        Condition where = POSITION.gt(position);
        if (!visible.allProjects()) {
            where = where.and(PROJECT_ID.eq(visible.project()));
        }
        return read(where, POSITION.asc(), limit);
    }

    /**
     * Events up to position {@code until}, resource by resource (by aggregate, then sequence), after
     * event {@code afterSequence} of {@code afterAggregate} (null: from the first), at most {@code limit}.
     */
    public List<LedgerEvent> byResource(String afterAggregate, long afterSequence, long until, int limit) {
        Condition where = POSITION.le(until);
        if (afterAggregate != null) {
            where = where.and(DSL.row(AGGREGATE_ID, SEQUENCE).gt(afterAggregate, afterSequence));
        }
        return read(where, List.of(AGGREGATE_ID.asc(), SEQUENCE.asc()), limit);
    }

    /**
     * Every event of these aggregates stored before {@code position}, oldest first, as folding their
     * states takes them: their metadata, hashes and projects are not read.
     */
    public List<ResourceEvent> ofAggregatesBefore(Collection<String> aggregateIds, long position) {
        if (aggregateIds.isEmpty()) {
            return List.of();
        }
        var rows = db.select(STORED)
                .from(EVENTS)
                .where(AGGREGATE_ID.in(aggregateIds).and(POSITION.lt(position)))
                .orderBy(POSITION.asc())
                .fetch();
        return messagesOf(rows.stream().map(EventLogReader::stored))
                .map(message -> {
                    DomainEventMessage<?> event = (DomainEventMessage<?>) message;
                    return new ResourceEvent(event.getAggregateIdentifier(), event.getSequenceNumber(),
                            event.getTimestamp(), event.getPayload());
                })
                .toList();
    }

    /** The events matching a condition, in the given order, at most {@code limit}. */
    List<LedgerEvent> read(Condition where, SortField<?> order, int limit) {
        return read(where, List.of(order), limit);
    }

    private List<LedgerEvent> read(Condition where, List<? extends SortField<?>> order, int limit) {
        return deserialize(db.select(LEDGER_EVENT)
                .from(EVENTS)
                .where(where)
                .orderBy(order)
                .limit(limit)
                .fetch(row -> new StoredRow(stored(row), row.get(PROJECT_ID), row.get(HASH))));
    }

    /**
     * The events after {@code after}, up to {@code until} included, oldest first, at most {@code limit},
     * as the messages event handlers take.
     */
    public List<TrackedEventMessage<?>> messages(long after, long until, int limit) {
        var rows = db.select(STORED)
                .from(EVENTS)
                .where(POSITION.gt(after).and(POSITION.le(until)))
                .orderBy(POSITION.asc())
                .limit(limit)
                .fetch();
        return messagesOf(rows.stream().map(EventLogReader::stored)).toList();
    }

    /** The position of an event read by {@link #messages}. */
    public static long positionOf(EventMessage<?> message) {
        return ((GlobalSequenceTrackingToken) ((TrackedEventMessage<?>) message).trackingToken()).getGlobalIndex();
    }

    /** The position of the newest stored event, 0 for an empty log. */
    public long head() {
        Long head = db.select(DSL.max(POSITION)).from(EVENTS).fetchOne(0, Long.class);
        return head == null ? 0 : head;
    }

    /** How many events match a condition. */
    int count(Condition where) {
        return db.fetchCount(EVENTS, where);
    }

    /** A row of the log as read: what the serializer takes, and the log's own columns. */
    private record StoredRow(TrackedDomainEventData<String> data, UUID project, byte[] hash) {

        long position() {
            return ((GlobalSequenceTrackingToken) data.trackingToken()).getGlobalIndex();
        }
    }

    private List<LedgerEvent> deserialize(List<StoredRow> rows) {
        Map<Long, StoredRow> byPosition = new HashMap<>();
        var stored = rows.stream().map(row -> {
            byPosition.put(row.position(), row);
            return row.data();
        });
        return messagesOf(stored)
                .map(message -> toEvent(message, byPosition))
                .toList();
    }

    /** Stored rows upcast and deserialized as Axon's event store reads them. */
    private Stream<TrackedEventMessage<?>> messagesOf(Stream<TrackedDomainEventData<String>> stored) {
        return EventUtils.upcastAndDeserializeTrackedEvents(stored, serializer, axon.upcasterChain());
    }

    /** A row of {@link #AFTER}, its columns in {@link #LEDGER_EVENT}'s order. */
    private static StoredRow storedRow(ResultSet row) throws SQLException {
        return new StoredRow(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.getLong(1)),
                new StoredEvent(row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                        row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10))),
                row.getObject(12, UUID.class), row.getBytes(11));
    }

    private static TrackedDomainEventData<String> stored(Record row) {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.get(POSITION)),
                new StoredEvent(row.get(EVENT_ID), row.get(AGGREGATE_TYPE), row.get(AGGREGATE_ID), row.get(SEQUENCE),
                        row.get(TIME), row.get(PAYLOAD_TYPE), row.get(PAYLOAD_REVISION), row.get(PAYLOAD),
                        row.get(METADATA)));
    }

    private static LedgerEvent toEvent(TrackedEventMessage<?> message, Map<Long, StoredRow> byPosition) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        long position = ((GlobalSequenceTrackingToken) message.trackingToken()).getGlobalIndex();
        StoredRow row = byPosition.get(position);
        return new LedgerEvent(position, event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getTimestamp(), event.getPayload(), event.getMetaData(),
                row.project(), HexFormat.of().formatHex(row.hash()));
    }
}
