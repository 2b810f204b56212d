package org.fleetledger.command.ledger;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Map;

/**
 * The last sequence number the log held for each aggregate a write group's commands target, read in one
 * statement as the group's transaction starts (ADR 0053). A cached aggregate is checked against the log
 * before a command uses it (ADR 0041); within a group, the check takes the number from here instead of
 * asking the database once per command.
 * <p>
 * The numbers are those of the group's transaction at its start. An aggregate another writer changed
 * since then is used as cached, and the group's append of its events then fails on the log's key and
 * every command of the group runs again alone, checked against the log as it is then: the same outcome
 * as a change made between a command's own check and the group's commit.
 */
final class StoredSequences {

    /** What {@link #of} answers for an aggregate read here without any event stored. */
    static final long NONE = -1;

    private static final String RESOURCE = StoredSequences.class.getName();

    private final Map<String, Long> lastByAggregate;

    private StoredSequences(Map<String, Long> lastByAggregate) {
        this.lastByAggregate = lastByAggregate;
    }

    /**
     * Keeps {@code lastByAggregate} for the current unit of work and those nested in it; an aggregate that
     * has no events maps to {@link #NONE}.
     */
    static void keep(UnitOfWork<?> unit, Map<String, Long> lastByAggregate) {
        unit.root().resources().put(RESOURCE, new StoredSequences(Map.copyOf(lastByAggregate)));
    }

    /**
     * The last sequence number stored for {@code aggregate} as its change started, {@link #NONE} when it
     * had none; null when the current change did not read it.
     */
    static Long of(String aggregate) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        StoredSequences kept = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        return kept == null ? null : kept.lastByAggregate.get(aggregate);
    }
}
