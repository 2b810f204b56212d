package org.fleetledger.query.rebuild;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads a rebuild works on beside its own (the other lanes, the read-ahead, the index builders):
 * named, and daemons, so that none keeps the service from stopping; and the failure of their work as
 * the work itself raised it.
 */
final class RebuildThreads {

    private RebuildThreads() {
    }

    /** A pool of {@code threads} daemon threads named {@code name}. */
    static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What the work of a failed task raised, rather than the executor's wrapper around it. */
    static Exception causeOf(ExecutionException failure) {
        return failure.getCause() instanceof Exception cause ? cause : failure;
    }
}
