package org.fleetledger.gateway.kafka;

import org.fleetledger.broker.EmbeddedKafkaBroker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The broker the change stream publishes to: its address, and the embedded broker when the service runs
 * one. The embedded broker starts in the background, beside the rest of the service's start-up (it
 * takes seconds); whoever needs it running waits for it, and a broker that could not start fails them.
 * Closing stops it.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final String bootstrapServers;
    private final CompletableFuture<EmbeddedKafkaBroker> embedded;

    private KafkaBroker(String bootstrapServers, CompletableFuture<EmbeddedKafkaBroker> embedded) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
    }

    /** A broker run elsewhere, at {@code bootstrapServers}. */
    public static KafkaBroker external(String bootstrapServers) {
        return new KafkaBroker(bootstrapServers, null);
    }

    /** Starts the embedded broker on {@code port} (0: a free one) in the background; answers at once. */
    public static KafkaBroker embedded(Path directory, int port) {
        int brokerPort = port == 0 ? EmbeddedKafkaBroker.freePort() : port;
        CompletableFuture<EmbeddedKafkaBroker> starting = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-kafka-start").daemon().start(() -> {
            try {
                starting.complete(EmbeddedKafkaBroker.start(directory, brokerPort));
            } catch (RuntimeException | Error e) {
                starting.completeExceptionally(e);
            }
        });
        return new KafkaBroker(EmbeddedKafkaBroker.address(brokerPort), starting);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The embedded broker, once it runs; null for an external one. Throws if it could not start. */
    public EmbeddedKafkaBroker embedded() {
        if (embedded == null) {
            return null;
        }
        try {
            return embedded.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedded Kafka broker did not start", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the embedded Kafka broker did not start within " + START_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedded Kafka broker started", e);
        }
    }

    /** Waits until the broker runs: at once for an external one. */
    public void awaitStarted() {
        embedded();
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded().close();
            } catch (IllegalStateException notStarted) {
                // nothing runs, nothing to stop
            }
        }
    }
}
