package org.fleetledger.gateway.kafka;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The change stream on a real (embedded) broker: every event, in order per resource, with tombstones. */
class ChangeStreamTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The record's schema as docs/kafka.md publishes it: every record read here must satisfy it. */
    private static final Schema RECORD_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JSON.readTree(Path.of("..", "docs", "kafka", "change-record.schema.json").toFile()));

    @Autowired
    KafkaBroker broker;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    DataSource dataSource;

    @Test
    void publishesEveryChangeInOrderPerResourceWithTombstones() throws Exception {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.MEMBER);
        Place place = newCloudAndRegion(api);
        List<Long> deleted = new ArrayList<>();
        long last;
        try (ExecutorService writers = Executors.newFixedThreadPool(8)) {
            List<Future<Long>> work = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                int w = writer;
                work.add(writers.submit(() -> {
                    long position = 0;
                    for (int i = 0; i < 5; i++) {
                        long host = id(api.post("/v1/hosts", "{\"name\": \"h-" + w + "-" + i + "\", "
                                + place.fields() + ", \"ip_address\": \"10.0.0.1\", "
                                + "\"device_type\": \"server\", \"variables\": {\"n\": " + i + "}}"));
                        for (int change = 0; change < 3; change++) {
                            position = api.put("/v1/hosts/" + host + "/variables", "{\"n\": " + change + "}")
                                    .position();
                        }
                        if (i % 2 == 0) {
                            position = api.delete("/v1/hosts/" + host).position();
                            synchronized (deleted) {
                                deleted.add(host);
                            }
                        }
                    }
                    return position;
                }));
            }
            last = 0;
            for (Future<Long> done : work) {
                last = Math.max(last, done.get());
            }
        }

        List<ConsumerRecord<String, byte[]>> records = readUntil(last);
        Map<String, Long> lastPositionOfKey = new HashMap<>();
        Map<String, String> previousOpOfKey = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        Set<String> tombstoned = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String eventId = new String(record.headers().lastHeader("event_id").value(), StandardCharsets.UTF_8);
            if (record.value() == null) {
                assertThat(previousOpOfKey.get(record.key())).as("a tombstone follows a delete").isEqualTo("d");
                tombstoned.add(record.key());
                continue;
            }
            JsonNode value = JSON.readTree(record.value());
            assertThat(RECORD_SCHEMA.validate(value)).as(value.toString()).isEmpty();
            assertThat(value.get("event_id").stringValue()).isEqualTo(eventId);
            long position = value.get("position").longValue();
            assertThat(position).as("positions rise per key " + record.key())
                    .isGreaterThan(lastPositionOfKey.getOrDefault(record.key(), 0L));
            lastPositionOfKey.put(record.key(), position);
            previousOpOfKey.put(record.key(), value.get("op").stringValue());
            eventIds.add(eventId);
        }
        List<String> stored = storedEventIds(project);
        assertThat(eventIds).containsAll(stored);
        for (long host : deleted) {
            assertThat(tombstoned).contains("host:" + host);
        }
    }

    @Test
    void aRecordShowsTheResourceBeforeAndAfterWithItsSource() throws Exception {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.MEMBER);
        long cloud = id(api.with("X-Change-Note", "new cloud").post("/v1/clouds",
                "{\"name\": \"c\", \"variables\": {\"a\": 1}}"));
        long renamed = api.with("X-Change-Note", "OPS-1").put("/v1/clouds/" + cloud, "{\"name\": \"d\"}").position();

        JsonNode update = null;
        for (ConsumerRecord<String, byte[]> record : readUntil(renamed)) {
            if (record.key().equals("cloud:" + cloud) && record.value() != null) {
                JsonNode value = JSON.readTree(record.value());
                if (value.get("position").longValue() == renamed) {
                    update = value;
                }
            }
        }
        assertThat(update).isNotNull();
        assertThat(RECORD_SCHEMA.validate(update)).isEmpty();

        assertThat(update.get("schema_version").intValue()).isEqualTo(1);
        assertThat(update.get("type").stringValue()).isEqualTo("CloudUpdated");
        assertThat(update.get("op").stringValue()).isEqualTo("u");
        assertThat(update.get("resource").toString()).isEqualTo("{\"type\":\"cloud\",\"id\":\"" + cloud
                + "\",\"project_id\":\"" + project + "\"}");
        assertThat(update.get("before").get("name").stringValue()).isEqualTo("c");
        assertThat(update.get("before").get("id").longValue()).isEqualTo(cloud);
        assertThat(update.get("before").get("variables").toString()).isEqualTo("{\"a\":1}");
        assertThat(update.get("after").get("name").stringValue()).isEqualTo("d");
        assertThat(update.get("source").get("note").stringValue()).isEqualTo("OPS-1");
        assertThat(update.get("source").get("actor").get("username").stringValue())
                .isEqualTo(api.header("X-Auth-User"));
        assertThat(update.get("source").get("hash").stringValue()).hasSize(64);
        assertThat(update.get("ts_ms").longValue()).isPositive();
        ((ObjectNode) update).put("op", "x");
        assertThat(RECORD_SCHEMA.validate(update)).as("the schema does check").isNotEmpty();
    }

    private List<String> storedEventIds(UUID project) {
        return new JdbcTemplate(dataSource).queryForList(
                "SELECT event_identifier FROM domain_event_entry WHERE project_id = ?", String.class, project);
    }

    /** Every record of the topic, from the start, until one at {@code position} or later has arrived. */
    private List<ConsumerRecord<String, byte[]>> readUntil(long position) throws Exception {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            List<PartitionInfo> infos = List.of();
            while (infos.isEmpty() && System.currentTimeMillis() < deadline) {
                infos = consumer.partitionsFor(kafka.topic());
                if (infos.isEmpty()) {
                    Thread.sleep(100);
                }
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            boolean reached = false;
            while (!reached && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                    if (record.value() != null
                            && JSON.readTree(record.value()).get("position").longValue() >= position) {
                        reached = true;
                    }
                }
            }
            // what else the partitions hold already: the records after the one that reached the position
            for (int i = 0; i < 5; i++) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            assertThat(reached).as("a record at position " + position + " arrived").isTrue();
        }
        return records;
    }
}
