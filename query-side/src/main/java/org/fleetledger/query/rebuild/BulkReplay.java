package org.fleetledger.query.rebuild;

/**
 * A component of the projections that does less work per event while a rebuild replays the log in
 * bulk, and catches up once at the end (the resolved variables: computed once for every node instead
 * of after every variable event, in parts side by side, {@link PartedPass}), or at the end of a replayed
 * batch (the own variables: folded by key across batches, and written many rows to a statement). What a
 * live batch holds until it commits, a replayed batch holds too, without this interface: each one runs
 * in a unit of work of its own (ADR 0058).
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
