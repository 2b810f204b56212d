package org.fleetledger.gateway.kafka;

/**
 * The broker the change stream publishes to: its address, and the embedded broker when the service
 * runs it (null for an external one). Closing it stops the embedded broker.
 */
public record KafkaBroker(String bootstrapServers, EmbeddedKafkaBroker embedded) implements AutoCloseable {

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
