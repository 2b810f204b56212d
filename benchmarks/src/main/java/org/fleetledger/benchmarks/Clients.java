package org.fleetledger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrent clients of a measurement, each on a thread of its own. */
final class Clients {

    private Clients() {
    }

    /** Runs {@code client} on {@code count} threads at once; returns when all have, rethrowing any failure. */
    static void run(int count, Callable<?> client) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                running.add(pool.submit(client));
            }
            for (Future<?> each : running) {
                each.get();
            }
        }
    }
}
