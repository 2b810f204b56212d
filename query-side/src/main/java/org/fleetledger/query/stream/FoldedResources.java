package org.fleetledger.query.stream;

import org.fleetledger.query.ledger.EventLogReader;
import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.ledger.ResourceEvent;
import org.fleetledger.query.ledger.ResourceState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The states of the resources the stream has just published, so that each event's before and after
 * come from folding one event. The most recently used are kept as objects; those pushed out are kept
 * packed, within a budget of bytes, and unpacked when used again (ADR 0047). A resource whose state
 * is not kept (or is kept at another sequence, after a round that failed) is folded again from the
 * log, all such resources of a run in one read.
 */
final class FoldedResources {

    private record Folded(long sequence, ResourceState state) {
    }

    private final EventLogReader log;
    private final Map<String, Folded> kept;
    private final PackedStates packed;
    private volatile long foldedAgain; // read by metrics, written by the one folding thread

    /**
     * Keeps up to {@code capacity} states as objects, and those pushed out packed within
     * {@code packedBytes} (none if 0).
     */
    FoldedResources(EventLogReader log, int capacity, long packedBytes) {
        this.log = log;
        this.packed = new PackedStates(packedBytes);
        this.kept = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Folded> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                packed.put(eldest.getKey(), eldest.getValue().sequence(), eldest.getValue().state());
                return true;
            }
        };
    }

    /** Before and after of every event of a run of consecutive events of the log. */
    List<Transition> transitions(List<LedgerEvent> run) {
        Map<String, Folded> states = statesBefore(run);
        List<Transition> transitions = new ArrayList<>(run.size());
        for (LedgerEvent event : run) {
            ResourceState before = states.get(event.aggregateId()).state();
            ResourceState after = before.apply(event.payload(), event.occurredAt());
            states.put(event.aggregateId(), new Folded(event.sequence(), after));
            transitions.add(new Transition(event, before, after));
        }
        kept.putAll(states);
        return transitions;
    }

    /**
     * The state of each resource of the run just before its first event in the run: kept, or folded
     * from the log, all resources not kept at that sequence in one read.
     */
    private Map<String, Folded> statesBefore(List<LedgerEvent> run) {
        Map<String, Long> firstSequence = new HashMap<>();
        run.forEach(event -> firstSequence.putIfAbsent(event.aggregateId(), event.sequence()));
        Map<String, Folded> states = new HashMap<>();
        List<String> missing = new ArrayList<>();
        firstSequence.forEach((aggregate, sequence) -> {
            Folded folded = keptState(aggregate);
            if (folded != null && folded.sequence() == sequence - 1) {
                states.put(aggregate, folded);
            } else if (sequence == 0) {
                states.put(aggregate, new Folded(-1, ResourceState.NONE)); // its first event: nothing before
            } else {
                missing.add(aggregate);
                states.put(aggregate, new Folded(-1, ResourceState.NONE));
            }
        });
        foldedAgain += missing.size();
        // a resource's events before its first one in the run all lie before the run: the run is consecutive
        for (ResourceEvent event : log.ofAggregatesBefore(missing, run.getFirst().position())) {
            ResourceState state = states.get(event.aggregateId()).state().apply(event.payload(), event.occurredAt());
            states.put(event.aggregateId(), new Folded(event.sequence(), state));
        }
        return states;
    }

    /** Resources whose states were not kept and were folded again from the log, since the start. */
    long foldedAgain() {
        return foldedAgain;
    }

    /** Bytes the packed states cost, as their budget counts them. */
    long packedBytes() {
        return packed.used();
    }

    /** The state kept of a resource, as an object or packed; null if none. */
    private Folded keptState(String aggregate) {
        Folded folded = kept.get(aggregate);
        if (folded != null) {
            return folded;
        }
        PackedStates.Packed taken = packed.take(aggregate);
        return taken == null ? null : new Folded(taken.sequence(), PackedState.unpack(taken.state()));
    }
}
