package org.fleetledger.command.ledger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.Optional;

/**
 * Axon's embedded event store, which also tells how many events the current unit of work and those
 * around it hold, not yet appended. A write group (ADR 0036) runs each command in a unit of work nested
 * in the group's, whose events are appended together when the group commits; the count before and after
 * a command is how many events that command gave.
 */
final class LedgerEventStore extends EmbeddedEventStore {

    LedgerEventStore(Builder builder) {
        super(builder);
    }

    /**
     * As Axon's store answers it (the events staged in the current unit of work first, then the log), but
     * taking the log's number from what the current write group read for all of its aggregates at once,
     * for an aggregate of the group ({@link StoredSequences}).
     */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Long stored = StoredSequences.of(aggregateIdentifier);
        if (stored == null) {
            return super.lastSequenceNumberFor(aggregateIdentifier);
        }
        Optional<Long> staged = stagedDomainEventMessages(aggregateIdentifier)
                .map(DomainEventMessage::getSequenceNumber)
                .max(Long::compareTo);
        if (staged.isPresent()) {
            return staged;
        }
        return stored == StoredSequences.NONE ? Optional.empty() : Optional.of(stored);
    }

    /** The events staged in the current unit of work and its parents; 0 outside one. */
    int stagedEvents() {
        return queuedMessages().size();
    }
}
