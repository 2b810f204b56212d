package org.fleetledger.query.rebuild;

/**
 * A component of the projections that does less work per event while a rebuild replays the log in
 * bulk, and catches up once at the end (the resolved variables: computed once for every node instead
 * of after every variable event).
 */
public interface BulkReplay {

    /** From now on, per-event work that a single pass at the end can do is left for {@link #endBulkReplay}. */
    void beginBulkReplay();

    /** Does the work left since {@link #beginBulkReplay}, and goes back to working event by event. */
    void endBulkReplay();
}
