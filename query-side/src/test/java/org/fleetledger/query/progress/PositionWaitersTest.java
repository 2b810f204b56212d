package org.fleetledger.query.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PositionWaitersTest {

    private final PositionWaiters waiters = new PositionWaiters();
    private final AtomicLong position = new AtomicLong();

    private CompletableFuture<Boolean> waitFor(long target, Duration timeout) {
        return CompletableFuture.supplyAsync(() -> waiters.await(target, timeout, t -> position.get() >= t));
    }

    @Test
    void answersAtOnceForAPositionAlreadyCovered() {
        position.set(7);
        assertThat(waiters.await(7, Duration.ZERO, t -> position.get() >= t)).isTrue();
    }

    @Test
    void returnsOnceItsPositionIsReachedAndNotBefore() throws Exception {
        CompletableFuture<Boolean> ten = waitFor(10, Duration.ofSeconds(30));
        CompletableFuture<Boolean> twenty = waitFor(20, Duration.ofSeconds(30));
        position.set(10);
        waiters.reached(10);
        assertThat(ten.get(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(twenty).as("20 is not reached yet").isNotDone();
        position.set(20);
        waiters.reached(20);
        assertThat(twenty.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void findsItsPositionWithoutAWakeUp() throws Exception {
        // another node's processor moved: nothing here calls reached, the waiter checks on its own
        CompletableFuture<Boolean> five = waitFor(5, Duration.ofSeconds(30));
        position.set(5);
        assertThat(five.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void givesUpWhenItsTimeRunsOut() throws Exception {
        CompletableFuture<Boolean> never = waitFor(3, Duration.ofMillis(100));
        waiters.reached(3);
        assertThat(never.get(10, TimeUnit.SECONDS)).as("woken, but its own check still fails").isFalse();
    }
}
