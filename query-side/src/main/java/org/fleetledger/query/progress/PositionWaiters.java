package org.fleetledger.query.progress;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongPredicate;

/**
 * The threads waiting for the read models to reach a position, ordered by that position. When the read
 * models move, only the threads whose position has been reached are woken, not every waiting one: with
 * many writes waiting and nine processors each moving once a batch, waking them all made each of them
 * check every processor many times for nothing.
 */
final class PositionWaiters {

    /** A waiter checks again at least this often, so a wake-up it cannot be given costs milliseconds. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    // a thread waits for one position at a time, so its id tells two waiters for the same position apart
    private record Waiter(long target, Thread thread) {
    }

    private final ConcurrentSkipListSet<Waiter> waiting = new ConcurrentSkipListSet<>(
            Comparator.comparingLong(Waiter::target).thenComparingLong(waiter -> waiter.thread().threadId()));

    /** True while a thread waits: without one, a move has nobody to wake. */
    boolean anyone() {
        return !waiting.isEmpty();
    }

    /** Wakes the threads waiting for {@code reached} or an earlier position. */
    void reached(long reached) {
        for (Waiter waiter : waiting) {
            if (waiter.target() > reached) {
                return;
            }
            LockSupport.unpark(waiter.thread());
        }
    }

    /**
     * Waits until {@code covered} holds for {@code target}, checking it when woken for that position and
     * at least every 20 ms; false when {@code timeout} ran out first, or the thread was interrupted.
     */
    boolean await(long target, Duration timeout, LongPredicate covered) {
        if (covered.test(target)) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Waiter waiter = new Waiter(target, Thread.currentThread());
        waiting.add(waiter);
        try {
            // checked once more after joining, so a move between the first check and joining is not missed
            while (!covered.test(target)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
                    return false;
                }
                LockSupport.parkNanos(this, Math.min(remaining, RECHECK_NANOS));
            }
            return true;
        } finally {
            waiting.remove(waiter);
        }
    }
}
