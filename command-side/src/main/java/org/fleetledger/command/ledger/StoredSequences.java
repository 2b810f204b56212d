package org.fleetledger.command.ledger;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The last sequence number the log holds for each aggregate a write group's commands target, read in one
 * statement when the group first checks a cached aggregate (ADR 0053). A cached aggregate is checked
 * against the log before a command uses it (ADR 0041); within a group, the check takes the number from
 * here instead of asking the database once per command. A group whose commands find no aggregate in the
 * cache (creations) reads nothing.
 * <p>
 * The numbers are those of the group's transaction at its first check. An aggregate another writer
 * changed since then is used as cached, and the group's append of its events then fails on the log's
 * key and every command of the group runs again alone, checked against the log as it is then: the same
 * outcome as a change made between a command's own check and the group's commit.
 */
final class StoredSequences {

    /** What {@link #of} answers for an aggregate read here without any event stored. */
    static final long NONE = -1;

    private static final String RESOURCE = StoredSequences.class.getName();

    private final Set<String> aggregates;
    private final Function<Set<String>, Map<String, Long>> reader;
    private Map<String, Long> lastByAggregate;

    private StoredSequences(Set<String> aggregates, Function<Set<String>, Map<String, Long>> reader) {
        this.aggregates = aggregates;
        this.reader = reader;
    }

    /**
     * Lets the current unit of work and those nested in it answer for {@code aggregates}: on the first
     * question, {@code reader} reads all of their numbers at once ({@link #NONE} for an aggregate without
     * events).
     */
    static void readWhenAsked(UnitOfWork<?> unit, Set<String> aggregates,
                              Function<Set<String>, Map<String, Long>> reader) {
        unit.root().resources().put(RESOURCE, new StoredSequences(Set.copyOf(aggregates), reader));
    }

    /**
     * The last sequence number stored for {@code aggregate} as its change read it, {@link #NONE} when it
     * had none; null when the current change does not read it.
     */
    static Long of(String aggregate) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        StoredSequences kept = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        return kept == null ? null : kept.lastOf(aggregate);
    }

    private Long lastOf(String aggregate) {
        if (!aggregates.contains(aggregate)) {
            return null;
        }
        if (lastByAggregate == null) {
            lastByAggregate = Map.copyOf(reader.apply(aggregates));
        }
        return lastByAggregate.get(aggregate);
    }
}
