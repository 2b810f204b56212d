package org.fleetledger.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one operation, in nanoseconds, and their percentiles. Thread-safe. */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    synchronized void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    synchronized int count() {
        return nanos.size();
    }

    /** The {@code percentile} (0 to 100) in milliseconds, by the nearest-rank method. */
    synchronized double percentileMillis(double percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }
}
