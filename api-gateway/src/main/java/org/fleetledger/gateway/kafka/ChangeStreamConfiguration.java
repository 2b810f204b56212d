package org.fleetledger.gateway.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.gateway.config.FleetProperties;
import org.fleetledger.query.stream.ChangePublisher;
import org.fleetledger.query.stream.ChangePublishers;
import org.fleetledger.query.stream.ChangeStreamSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The change stream: the publisher, its Kafka producer and topic, and, when no broker is configured,
 * the embedded one (data in {@code $FLEET_DATA_DIR/kafka}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fleet.kafka.enabled", havingValue = "true", matchIfMissing = true)
class ChangeStreamConfiguration {

    @Bean(destroyMethod = "close")
    KafkaBroker kafkaBroker(KafkaProperties kafka, FleetProperties fleet) {
        return kafka.embedded() ? KafkaBroker.embedded(fleet.dataDir().resolve("kafka"), kafka.port())
                : KafkaBroker.external(kafka.bootstrapServers());
    }

    @Bean
    ChangePublisher changePublisher(ChangePublishers publishers, KafkaProperties kafka, KafkaBroker broker) {
        ChangeStreamSettings settings = new ChangeStreamSettings(kafka.topic(), kafka.tombstones(),
                kafka.batchSize(), kafka.idlePoll(), kafka.start(), kafka.keptStates(),
                kafka.packedStates().toBytes());
        return publishers.publisher(settings, () -> producer(kafka, broker), () -> {
            broker.awaitStarted();
            ensureTopic(kafka, broker);
        });
    }

    @Bean("changeStream")
    ChangeStreamHealthIndicator changeStreamHealth(ChangePublisher publisher, KafkaBroker broker,
                                                   EventLogPositions log) {
        return new ChangeStreamHealthIndicator(publisher, broker, log);
    }

    @Bean
    ChangeStreamMetrics changeStreamMetrics(MeterRegistry registry, ChangePublisher publisher, EventLogPositions log) {
        return new ChangeStreamMetrics(registry, publisher, log);
    }

    private static Producer<String, byte[]> producer(KafkaProperties kafka, KafkaBroker broker) {
        Map<String, Object> settings = new HashMap<>(kafka.client());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "fleet-ledger-change-publisher");
        settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
    }

    /** Creates the topic when it is missing; a broker that cannot be reached fails the round, which is retried. */
    private static void ensureTopic(KafkaProperties kafka, KafkaBroker broker) {
        Map<String, Object> settings = new HashMap<>(kafka.client());
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        settings.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(settings)) {
            Set<String> topics = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            if (topics.contains(kafka.topic())) {
                return;
            }
            NewTopic topic = new NewTopic(kafka.topic(), kafka.partitions(), kafka.replicationFactor())
                    .configs(Map.of("retention.ms", Long.toString(kafka.retentionMs())));
            admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the topic " + kafka.topic(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topic " + kafka.topic(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker at " + broker.bootstrapServers() + " did not answer", e);
        }
    }
}
