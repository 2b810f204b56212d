package org.fleetledger.gateway.kafka;

import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.gateway.operations.DatabaseAwareHealth;
import org.fleetledger.gateway.operations.ReadModelLag;
import org.fleetledger.query.stream.ChangePublisher;
import org.fleetledger.query.stream.PublisherStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code changeStream} in health: the topic, the broker, how far the publisher got and how many
 * events wait for it. DOWN while its rounds fail (the broker is unreachable); writes go on meanwhile.
 */
class ChangeStreamHealthIndicator implements HealthIndicator {

    private final ChangePublisher publisher;
    private final KafkaBroker broker;
    private final EventLogPositions log;

    ChangeStreamHealthIndicator(ChangePublisher publisher, KafkaBroker broker, EventLogPositions log) {
        this.publisher = publisher;
        this.broker = broker;
        this.log = log;
    }

    @Override
    public Health health() {
        return DatabaseAwareHealth.of(this::check);
    }

    private Health check() {
        PublisherStatus status = publisher.status();
        Health.Builder health = status.healthy() ? Health.up() : Health.down();
        health.withDetail("topic", publisher.topic())
                .withDetail("bootstrap_servers", broker.bootstrapServers())
                .withDetail("position", status.position())
                .withDetail("lag", ReadModelLag.of(log.head(), status.position()));
        if (!status.healthy()) {
            health.withDetail("failing_since", status.failingSince().toString()).withDetail("error", status.error());
        }
        return health.build();
    }
}
