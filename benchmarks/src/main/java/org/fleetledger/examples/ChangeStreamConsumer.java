package org.fleetledger.examples;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete consumer of Fleet Ledger's change stream (docs/kafka.md). It reads the topic from the
 * beginning in its own consumer group, skips records it has already applied (by {@code event_id}),
 * prints one line per change, and commits its offsets after each batch it has handled.
 *
 * <p>Usage: {@code ChangeStreamConsumer <bootstrap servers> [topic] [group]}.
 */
public final class ChangeStreamConsumer {

    /** Duplicates come close to the original (a round sent again), so a window of recent ids is enough. */
    private static final int REMEMBERED_EVENTS = 100_000;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Boolean> applied = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ChangeStreamConsumer <bootstrap servers> [topic] [group]");
            System.exit(2);
        }
        String topic = args.length > 1 ? args[1] : "fleet-ledger.changes";
        String group = args.length > 2 ? args[2] : "fleet-ledger-example";
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            ChangeStreamConsumer handler = new ChangeStreamConsumer();
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    handler.handle(record);
                }
                consumer.commitSync();
            }
        }
    }

    /** Applies one record: here, prints it; a real consumer would update its own store. */
    void handle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            System.out.printf("%-40s deleted (tombstone)%n", record.key());
            return;
        }
        Header eventId = record.headers().lastHeader("event_id");
        String id = eventId == null ? null : new String(eventId.value(), StandardCharsets.UTF_8);
        if (id != null && applied.putIfAbsent(id, Boolean.TRUE) != null) {
            return; // seen before: a record sent again after a retry
        }
        JsonNode change = json.readTree(record.value());
        JsonNode source = change.get("source");
        System.out.printf("%8d %s %-40s %-20s by %s%s%n", change.get("position").longValue(),
                change.get("op").stringValue(), record.key(), change.get("type").stringValue(),
                source.get("actor").get("username").asString(),
                source.get("note").isNull() ? "" : " (" + source.get("note").stringValue() + ")");
    }
}
