package org.fleetledger.query.rebuild;

import java.time.Instant;

/**
 * Where a rebuild of the read models stands: its state ({@code idle}, {@code building},
 * {@code switching}, {@code done}, {@code failed}), events replayed out of the log's length when it
 * counted last, the rate, the estimated seconds left, its times, and what failed.
 */
public record RebuildStatus(String state, long eventsDone, long eventsTotal, double eventsPerSecond, Long etaSeconds,
                            Instant startedAt, Instant finishedAt, String error) {

    static final RebuildStatus IDLE = new RebuildStatus("idle", 0, 0, 0, null, null, null, null);

    public boolean running() {
        return state.equals("building") || state.equals("switching");
    }
}
