package org.fleetledger.command.ledger;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * One transaction for several commands (ADR 0036): a unit of work in which each command dispatched on
 * this thread runs nested, and whose events, those of all its commands, are appended together as it
 * commits. So it takes the chain's head only once its commands hold their aggregates, and holds it only
 * from that append to the commit. A write group and a change of several commands are both one.
 */
final class CombinedChange {

    private final UnitOfWork<?> unit;
    private long head = -1;

    private CombinedChange(UnitOfWork<?> unit) {
        this.unit = unit;
    }

    /** Starts the change and its transaction on this thread. */
    static CombinedChange start(TransactionManager transactions) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>("combined change"));
        CombinedChange change = new CombinedChange(unit);
        try {
            unit.attachTransaction(transactions);
        } catch (RuntimeException e) {
            change.rollBack(e);
            throw e;
        }
        return change;
    }

    /**
     * Appends the commands' events, reads the chain's head in the same transaction, and commits; answers
     * that head, the position of the change's last event (or the head it saw, when it appended none).
     */
    long commit(EventLogPositions positions) {
        // Registered after the commands ran, so after the event bus's own step, which appends their
        // events: the head read then is the change's last event (ADR 0016).
        unit.onPrepareCommit(u -> head = positions.chainHead());
        unit.commit();
        return head;
    }

    /** True once the events are appended and the head read: a failure after that is the commit's own. */
    boolean appended() {
        return head >= 0;
    }

    /** Rolls the change back, unless it has already ended. */
    void rollBack(RuntimeException cause) {
        if (unit.isActive()) {
            unit.rollback(cause);
        }
    }
}
