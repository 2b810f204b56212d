package org.fleetledger.query.ledger;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/**
 * One row of the log as Axon's upcasters and serializer take it: the same as Axon's own entry, except
 * that its time is read by {@link StoredTime}.
 */
final class StoredEvent implements DomainEventData<String> {

    private final String eventId;
    private final String aggregateType;
    private final String aggregateId;
    private final long sequence;
    private final String time;
    private final String payloadType;
    private final String payloadRevision;
    private final String payload;
    private final String metadata;

    StoredEvent(String eventId, String aggregateType, String aggregateId, long sequence, String time,
                String payloadType, String payloadRevision, String payload, String metadata) {
        this.eventId = eventId;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.sequence = sequence;
        this.time = time;
        this.payloadType = payloadType;
        this.payloadRevision = payloadRevision;
        this.payload = payload;
        this.metadata = metadata;
    }

    @Override
    public String getEventIdentifier() {
        return eventId;
    }

    @Override
    public String getType() {
        return aggregateType;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateId;
    }

    @Override
    public long getSequenceNumber() {
        return sequence;
    }

    @Override
    public Instant getTimestamp() {
        return StoredTime.parse(time);
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return new SerializedMetaData<>(metadata, String.class);
    }

    @Override
    public SerializedObject<String> getPayload() {
        return new SimpleSerializedObject<>(payload, String.class, payloadType, payloadRevision);
    }
}
