package org.fleetledger.benchmarks;

import org.fleetledger.broker.EmbeddedKafkaBroker;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Kafka broker in the benchmark's own JVM, for a service started with
 * {@code FLEET_KAFKA_BOOTSTRAP_SERVERS}: the benchmark takes it away and brings it back at the same
 * address, with its data, as an outage of an operator's broker would. Closing it removes its data.
 */
final class OutageBroker implements AutoCloseable {

    private final Path directory;
    private final EmbeddedKafkaBroker broker;

    private OutageBroker(Path directory) {
        this.directory = directory;
        this.broker = EmbeddedKafkaBroker.start(directory, 0);
    }

    static OutageBroker start() throws IOException {
        return new OutageBroker(Files.createTempDirectory("fleet-ledger-bench-broker-"));
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The outage: the broker stops, keeping its data. */
    void takeAway() {
        broker.stop();
    }

    /** The broker back at the same address; returns once it has started. */
    void bringBack() {
        broker.restart();
    }

    @Override
    public void close() throws IOException {
        broker.close();
        FileSystemUtils.deleteRecursively(directory);
    }
}
