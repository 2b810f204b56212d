package org.fleetledger.query.ledger;

import org.fleetledger.query.support.ProjectFilter;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.fleetledger.query.ledger.EventLogTable.AGGREGATE_ID;
import static org.fleetledger.query.ledger.EventLogTable.EVENT_ID;
import static org.fleetledger.query.ledger.EventLogTable.POSITION;
import static org.fleetledger.query.ledger.EventLogTable.SEQUENCE;

/** Works out, from the log, what reverting a change involves ({@link Reversal}). */
@Component
public class ChangeReversals {

    private final EventLogReader log;

    ChangeReversals(EventLogReader log) {
        this.log = log;
    }

    /** The reversal of the change stored as event {@code eventId}; empty when there is none the caller sees. */
    public Optional<Reversal> of(String eventId, ProjectFilter visible) {
        List<LedgerEvent> found = log.read(EVENT_ID.eq(eventId), POSITION.asc(), 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LedgerEvent target = found.getFirst();
        if (!visible.allProjects() && !visible.project().equals(target.projectId())) {
            return Optional.empty();
        }
        ResourceState state = ResourceState.NONE;
        ResourceState before = null;
        ResourceState after = null;
        ChangeRecord change = null;
        List<ChangeRecord> conflicts = new ArrayList<>();
        for (LedgerEvent event : log.read(AGGREGATE_ID.eq(target.aggregateId()), SEQUENCE.asc(), Integer.MAX_VALUE)) {
            ResourceState next = state.apply(event.payload(), event.occurredAt());
            ResourceChanges changes = next.since(state);
            if (event.eventId().equals(eventId)) {
                before = state;
                after = next;
                change = ChangeRecord.of(event, changes);
            } else if (change != null && touchesTheSame(changes, change.changes())) {
                conflicts.add(ChangeRecord.of(event, changes));
            }
            state = next;
        }
        LedgerResourceType type = LedgerResourceType.ofAggregate(target.aggregateType());
        return Optional.of(new Reversal(change, type, type.resourceId(target.aggregateId()), before, after, state,
                conflicts));
    }

    private static boolean touchesTheSame(ResourceChanges later, ResourceChanges reverted) {
        return later.fields().keySet().stream().anyMatch(reverted.fields()::containsKey)
                || later.variables().keySet().stream().anyMatch(reverted.variables()::containsKey)
                || later.labelsAdded().stream().anyMatch(label -> reverted.labelsAdded().contains(label)
                        || reverted.labelsRemoved().contains(label))
                || later.labelsRemoved().stream().anyMatch(label -> reverted.labelsAdded().contains(label)
                        || reverted.labelsRemoved().contains(label));
    }
}
