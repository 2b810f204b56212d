package org.fleetledger.command.ledger;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.util.stream.Stream;

/**
 * The event log on PostgreSQL, without aggregate snapshots. Aggregates are loaded from their own events
 * only: a resource has few of them, and no snapshotter is configured, so the lookup of a snapshot that
 * the JDBC engine makes before every load (a statement per command on an existing resource) is left
 * out, and a snapshot is refused rather than stored where nothing would read it.
 */
final class LedgerEventStorageEngine extends JdbcEventStorageEngine {

    LedgerEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new UnsupportedOperationException("the ledger keeps no aggregate snapshots: aggregates load from their events");
    }
}
