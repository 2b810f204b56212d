package org.fleetledger.query.rebuild;

/**
 * A component of the projections that does less work per event while a rebuild replays the log in
 * bulk, and catches up once at the end (the resolved variables: computed once for every node instead
 * of after every variable event, in parts side by side, {@link PartedPass}), or once at the end of each
 * replayed batch (the resolution tree's new nodes: written together instead of one statement between
 * every two of another kind; the own variables: folded by key, and written many rows to a statement).
 *
 * <p>A rebuild calls the components in their {@link org.springframework.core.annotation.Order}: those
 * that hold writes back ({@link #WRITES}) before those whose last pass reads what was written
 * ({@link #READS}).
 */
public interface BulkReplay {

    /** The order of components that hold rows back and write them at the end of a batch or of the replay. */
    int WRITES = 0;
    /** The order of components whose pass at the end reads the rows the others wrote. */
    int READS = 1;

    /** From now on, per-event work that a single pass at the end can do is left for {@link #endBulkReplay}. */
    void beginBulkReplay();

    /** Writes what this component held back while the current batch of events was replayed, before it commits. */
    default void endOfBatch() {
    }

    /** Does the work left since {@link #beginBulkReplay}, and goes back to working event by event. */
    void endBulkReplay();
}
