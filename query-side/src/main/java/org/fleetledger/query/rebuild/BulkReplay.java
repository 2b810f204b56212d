package org.fleetledger.query.rebuild;

/**
 * A component of the projections that does less work per event while a rebuild replays the log in
 * bulk, and catches up once at the end (the resolved variables: computed once for every node instead
 * of after every variable event, in parts side by side, {@link PartedPass}), or once at the end of each
 * replayed batch (the resolution tree's new nodes: written together instead of one statement between
 * every two of another kind; the own variables: folded by key, and written many rows to a statement).
 *
 * <p>No component's work here reads another's rows: the one pass that does (resolving every node) runs
 * after every lane has ended its bulk replay ({@link PartedPass}), so the components run in any order.
 */
public interface BulkReplay {

    /** From now on, per-event work that a single pass at the end can do is left for {@link #endBulkReplay}. */
    void beginBulkReplay();

    /** Writes what this component held back while the current batch of events was replayed, before it commits. */
    default void endOfBatch() {
    }

    /** Does the work left since {@link #beginBulkReplay}, and goes back to working event by event. */
    void endBulkReplay();
}
