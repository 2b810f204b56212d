package org.fleetledger.query.rebuild;

import org.axonframework.eventhandling.EventMessage;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * A rebuild's lanes (ADR 0031), working side by side: each batch of events goes to every lane at once,
 * the first lane on the caller's thread and the others on threads beside it; so do the parts of the
 * work left for the end of the replay (ADR 0032).
 */
final class ReplayLanes implements AutoCloseable {

    private final List<ReplayLane> lanes;
    private final ExecutorService beside;

    private ReplayLanes(List<ReplayLane> lanes) {
        this.lanes = List.copyOf(lanes);
        beside = RebuildThreads.pool("read-model-rebuild-lane", Math.max(1, lanes.size() - 1));
    }

    /** One lane for the processing groups each predicate accepts, in that order. */
    static ReplayLanes open(DataSource dataSource, DSLContext live, ApplicationContext context,
                            List<Predicate<String>> groups) throws SQLException {
        List<ReplayLane> opened = new ArrayList<>();
        try {
            for (Predicate<String> accepted : groups) {
                opened.add(new ReplayLane(dataSource, live, context, accepted));
            }
            return new ReplayLanes(opened);
        } catch (RuntimeException | SQLException e) {
            for (ReplayLane lane : opened) {
                lane.close();
            }
            throw e;
        }
    }

    void beginBulkReplay() {
        lanes.forEach(ReplayLane::beginBulkReplay);
    }

    /** Applies a batch of events in every lane at once, each lane committing its own part of it. */
    void apply(List<? extends EventMessage<?>> batch) throws Exception {
        sideBySide((lane, index) -> lane.apply(batch));
    }

    /**
     * Ends the bulk replay: each lane writes what its components held back and commits; then the work
     * they left to be run in parts runs on every lane's connection at once, one part each.
     */
    void endBulkReplay() throws Exception {
        sideBySide((lane, index) -> lane.endBulkReplay());
        for (ReplayLane owner : lanes) {
            for (PartedPass pass : owner.partedPasses()) {
                sideBySide((lane, index) -> lane.runPart(pass, index, lanes.size()));
            }
        }
    }

    private void sideBySide(LaneWork work) throws Exception {
        List<Future<Void>> others = new ArrayList<>();
        for (int i = 1; i < lanes.size(); i++) {
            int index = i;
            others.add(beside.submit(() -> {
                work.run(lanes.get(index), index);
                return null;
            }));
        }
        Exception failed = null;
        try {
            work.run(lanes.getFirst(), 0);
        } catch (Exception e) {
            failed = e;
        }
        // every lane finishes (or fails) before the first failure is reported
        for (Future<Void> other : others) {
            try {
                other.get();
            } catch (ExecutionException e) {
                failed = failed != null ? failed : RebuildThreads.causeOf(e);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    public void close() throws SQLException {
        beside.shutdownNow();
        SQLException failed = null;
        for (ReplayLane lane : lanes) {
            try {
                lane.close();
            } catch (SQLException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Work for one lane, given its place among the lanes. */
    @FunctionalInterface
    private interface LaneWork {
        void run(ReplayLane lane, int index) throws Exception;
    }
}
