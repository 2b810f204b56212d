package org.fleetledger.query.rebuild;

import org.axonframework.eventhandling.EventMessage;
import org.fleetledger.query.ledger.EventLogReader;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * The log's events after a position up to another, in batches read one ahead of their replay, on a
 * thread of its own (ADR 0032): while the lanes apply one batch, the next is fetched and its messages
 * deserialized. Each message is read once, here, before the lanes share it: a message deserializes its
 * payload and metadata on first use.
 */
final class ReadAhead implements AutoCloseable {

    private final EventLogReader events;
    private final long until;
    private final int batchSize;
    private final ExecutorService reader = RebuildThreads.pool("read-model-rebuild-reader", 1);
    private CompletableFuture<List<? extends EventMessage<?>>> next;

    ReadAhead(EventLogReader events, long after, long until, int batchSize) {
        this.events = events;
        this.until = until;
        this.batchSize = batchSize;
        next = readAfter(after);
    }

    /** The next batch, oldest first; empty once the last position is passed. Starts reading the one after. */
    List<? extends EventMessage<?>> next() throws Exception {
        List<? extends EventMessage<?>> batch;
        try {
            batch = next.get();
        } catch (ExecutionException e) {
            throw RebuildThreads.causeOf(e);
        }
        long last = batch.isEmpty() ? until : EventLogReader.positionOf(batch.getLast());
        next = last < until ? readAfter(last) : CompletableFuture.completedFuture(List.of());
        return batch;
    }

    private CompletableFuture<List<? extends EventMessage<?>>> readAfter(long position) {
        return CompletableFuture.supplyAsync(() -> {
            List<? extends EventMessage<?>> batch = events.messages(position, until, batchSize);
            batch.forEach(message -> {
                message.getPayload();
                message.getMetaData();
            });
            return batch;
        }, reader);
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
