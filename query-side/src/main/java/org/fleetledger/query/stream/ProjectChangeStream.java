package org.fleetledger.query.stream;

import org.fleetledger.query.ledger.EventLogReader;
import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.support.ProjectFilter;

import java.time.Clock;
import java.util.List;

/**
 * The change records of the projects one caller sees, read from the log after a position: the same
 * records as on Kafka, without tombstones, for one reader at a time (it keeps the states it folded).
 */
public final class ProjectChangeStream {

    private static final int KEPT_STATES = 1_000;

    private final EventLogReader events;
    private final ProjectFilter visible;
    private final FoldedResources states;
    private final ChangeStreamRecords records = new ChangeStreamRecords(false, Clock.systemUTC());

    ProjectChangeStream(EventLogReader events, ProjectFilter visible) {
        this.events = events;
        this.visible = visible;
        this.states = new FoldedResources(events, KEPT_STATES, 0);
    }

    /**
     * The records of the visible events after {@code position}, at most {@code limit}. A resource's
     * events all lie in its project, so a run of one project's events holds every event of its
     * resources between its ends, as folding needs.
     */
    public List<StreamRecord> after(long position, int limit) {
        List<LedgerEvent> run = events.after(position, visible, limit);
        return run.isEmpty() ? List.of() : records.of(states.transitions(run));
    }
}
