package org.fleetledger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

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

    /**
     * Starts {@code count} operations at a steady {@code perSecond}, whether or not earlier ones have
     * ended, on up to {@code clients} threads at once (an operation waits for a free one); returns when
     * all have ended, rethrowing any failure. Each operation is given its number, from 0.
     */
    static void paced(int clients, double perSecond, long count, LongConsumer operation) throws Exception {
        long interval = (long) (1e9 / perSecond);
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (long n = 0; n < count; n++) {
                long wait = started + n * interval - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long number = n;
                running.add(pool.submit(() -> operation.accept(number)));
            }
            for (Future<?> each : running) {
                each.get();
            }
        }
    }
}
