package org.fleetledger.gateway.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fleetledger.query.stream.ChangePublisher;
import org.fleetledger.query.stream.ChangePublishers;
import org.fleetledger.query.stream.ChangeStreamSettings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A publisher of the service's log to a topic of a test's own, made on the test's broker before it starts. */
public final class TestPublishers {

    private TestPublishers() {
    }

    /** A publisher (not started) with these settings, its topic created with three partitions. */
    public static ChangePublisher onNewTopic(ChangePublishers publishers, String bootstrapServers,
                                             ChangeStreamSettings settings) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(settings.topic(), 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
        return publishers.publisher(settings,
                () -> new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all"),
                        new StringSerializer(), new ByteArraySerializer()),
                () -> { });
    }
}
