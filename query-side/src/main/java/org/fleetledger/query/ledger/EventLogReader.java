package org.fleetledger.query.ledger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    private final DSLContext db;
    private final Serializer serializer;
    private final org.axonframework.config.Configuration axon;

    EventLogReader(DSLContext db, @Qualifier("eventSerializer") Serializer serializer,
                   org.axonframework.config.Configuration axon) {
        this.db = db;
        this.serializer = serializer;
        this.axon = axon;
    }

    /** The events matching a condition, in the given order, at most {@code limit}. */
    List<LedgerEvent> read(Condition where, SortField<?> order, int limit) {
        return deserialize(db.select(POSITION, EVENT_ID, AGGREGATE_TYPE, AGGREGATE_ID, SEQUENCE, TIME, PAYLOAD_TYPE,
                        PAYLOAD_REVISION, PAYLOAD, METADATA, HASH, PROJECT_ID)
                .from(EVENTS)
                .where(where)
                .orderBy(order)
                .limit(limit)
                .fetch());
    }

    /** How many events match a condition. */
    int count(Condition where) {
        return db.fetchCount(EVENTS, where);
    }

    private List<LedgerEvent> deserialize(List<? extends Record> rows) {
        Map<Long, Record> byPosition = new HashMap<>();
        var stored = rows.stream().map(row -> {
            byPosition.put(row.get(POSITION), row);
            return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.get(POSITION)),
                    new GenericDomainEventEntry<>(row.get(AGGREGATE_TYPE), row.get(AGGREGATE_ID), row.get(SEQUENCE),
                            row.get(EVENT_ID), row.get(TIME), row.get(PAYLOAD_TYPE), row.get(PAYLOAD_REVISION),
                            row.get(PAYLOAD), row.get(METADATA)));
        });
        return EventUtils.upcastAndDeserializeTrackedEvents(stored, serializer, axon.upcasterChain())
                .map(message -> toEvent(message, byPosition))
                .toList();
    }

    private static LedgerEvent toEvent(TrackedEventMessage<?> message, Map<Long, Record> byPosition) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        long position = ((GlobalSequenceTrackingToken) message.trackingToken()).getGlobalIndex();
        Record row = byPosition.get(position);
        UUID project = row.get(PROJECT_ID);
        return new LedgerEvent(position, event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getTimestamp(), event.getPayload(), event.getMetaData(),
                project, HexFormat.of().formatHex(row.get(HASH)));
    }
}
