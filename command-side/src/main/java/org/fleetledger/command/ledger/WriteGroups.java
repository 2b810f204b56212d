package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.fleetledger.command.api.ChangeContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Group commit of concurrent writes (ADR 0036). Commands wait in one queue; each writer thread takes
 * those waiting when it is free, up to {@code fleet.write-groups.max-size}, and stores them as one
 * {@link WriteGroup}. Under load, many writes share one transaction, one hold of the chain's head and
 * one flush of the log; alone, a write is a group of one.
 *
 * <p>With {@code fleet.write-groups.writers} at 0, or while the service starts or stops, every write
 * runs in its own transaction on its caller's thread, as {@link LedgerWriter} sends it.
 */
@Component
public class WriteGroups implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WriteGroups.class);
    private static final long IDLE_POLL_MILLIS = 200;

    private final BlockingQueue<PendingWrite> waiting = new LinkedBlockingQueue<>();
    private final WriteGroup group;
    private final int writers;
    private final int maxSize;
    private final LongAdder groupsFormed = new LongAdder();
    private final LongAdder writesGrouped = new LongAdder();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    WriteGroups(CommandGateway commands, TransactionManager transactions, LedgerEventStore eventStore,
                EventLogPositions positions,
                @Value("${fleet.write-groups.writers:1}") int writers,
                @Value("${fleet.write-groups.max-size:32}") int maxSize) {
        if (writers < 0 || maxSize < 1) {
            throw new IllegalArgumentException("fleet.write-groups: writers must be 0 or more and max-size 1 or more");
        }
        this.group = new WriteGroup(commands, transactions, eventStore, positions);
        this.writers = writers;
        this.maxSize = maxSize;
    }

    /**
     * Stores the command in the next write group and answers its receipt; empty when it is to run in a
     * transaction of its own instead: grouping is off or stopped, or the command failed in its group.
     */
    Optional<WriteReceipt> send(Object command, ChangeContext context) {
        if (!running) {
            return Optional.empty();
        }
        PendingWrite write = new PendingWrite(command, context);
        waiting.add(write);
        if (!running) {
            // stopped meanwhile: the writers may be gone, so whatever still waits runs alone
            answerWaitingAlone();
        }
        return write.awaitOutcome();
    }

    /** Groups the writers have formed since the service started. */
    public long groupsFormed() {
        return groupsFormed.sum();
    }

    /** Writes taken into those groups; over {@link #groupsFormed()}, the mean size of a group. */
    public long writesGrouped() {
        return writesGrouped.sum();
    }

    @Override
    public void start() {
        if (writers == 0) {
            return;
        }
        running = true;
        for (int i = 1; i <= writers; i++) {
            Thread thread = Thread.ofPlatform().name("write-group-" + i).daemon().start(this::write);
            threads.add(thread);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        answerWaitingAlone();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void write() {
        while (running) {
            List<PendingWrite> writes = new ArrayList<>(maxSize);
            try {
                PendingWrite first = waiting.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                writes.add(first);
                waiting.drainTo(writes, maxSize - 1);
                groupsFormed.increment();
                writesGrouped.add(writes.size());
                group.run(writes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                writes.forEach(PendingWrite::runAlone);
                return;
            } catch (RuntimeException | Error e) {
                log.error("A write group failed outside its commands; its writes run alone", e);
                CurrentUnitOfWork.ifStarted(unit -> unit.rollback(e));
                writes.forEach(PendingWrite::runAlone);
            }
        }
    }

    private void answerWaitingAlone() {
        List<PendingWrite> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(PendingWrite::runAlone);
    }
}
