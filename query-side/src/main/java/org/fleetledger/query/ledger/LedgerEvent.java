package org.fleetledger.query.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One stored event as the ledger's reads see it: its position in the log, its ids, the aggregate it
 * belongs to, its time, its payload (the event, upcast to its current shape), its metadata, its project and the
 * hash the chain gave it.
 */
public record LedgerEvent(long position, String eventId, String aggregateType, String aggregateId, long sequence,
                          Instant occurredAt, Object payload, Map<String, ?> metadata, UUID projectId,
                          String hash) {

    /** The event's type name: its class's simple name, as the published language names it. */
    public String type() {
        return payload.getClass().getSimpleName();
    }

    /** A metadata value as text, or null. */
    public String meta(String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
