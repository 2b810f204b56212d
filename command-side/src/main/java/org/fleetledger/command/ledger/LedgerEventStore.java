package org.fleetledger.command.ledger;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

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

    /** The events staged in the current unit of work and its parents; 0 outside one. */
    int stagedEvents() {
        return queuedMessages().size();
    }
}
