package org.fleetledger.gateway.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ServiceProcess;
import org.fleetledger.gateway.support.StandalonePostgres;
import org.fleetledger.gateway.support.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service, a separate process, is killed (SIGKILL) while writes come in and its publisher sends
 * them. Started again on the same data, it publishes what was left: every stored event, every
 * acknowledged write among them, reaches the topic.
 */
class PublisherKillTest {

    private static final UUID PROJECT = UUID.fromString("0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000077");
    private static final String KEY = "00112233445566778899aabbccddeeff";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final int kafkaPort = StandalonePostgres.freePort();

    @Test
    void resumesWithoutLossAfterAKill() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ServiceProcess first = start()) {
            ApiClient api = first.root();
            long cloud = api.post("/v1/clouds", "{\"name\": \"c\"}").json().get("id").longValue();
            AtomicBoolean writing = new AtomicBoolean(true);
            try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
                for (int writer = 0; writer < 4; writer++) {
                    int w = writer;
                    writers.submit(() -> {
                        for (int i = 0; writing.get(); i++) {
                            try {
                                ApiResponse answer = api.put("/v1/clouds/" + cloud + "/variables",
                                        "{\"w" + w + "\": " + i + "}");
                                if (answer.status() == 200) {
                                    acknowledged.add(Long.toString(answer.position()));
                                }
                            } catch (RuntimeException e) {
                                return; // the service is gone
                            }
                        }
                    });
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 100);
                first.kill();
                writing.set(false);
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);

        try (ServiceProcess second = start()) {
            ApiClient root = second.root();
            long head = root.get("/v1/ledger/verify").json().get("head_position").longValue();
            await().atMost(Duration.ofSeconds(60)).until(() -> streamPosition(root) >= head);

            Map<Long, String> stored = storedEvents(root, head);
            Set<String> published = new HashSet<>();
            Set<Long> publishedPositions = new HashSet<>();
            String broker = "127.0.0.1:" + kafkaPort;
            for (ConsumerRecord<String, byte[]> record : TopicRecords.all(broker, "fleet-ledger.changes")) {
                if (record.value() != null) {
                    published.add(TopicRecords.eventId(record));
                    publishedPositions.add(JSON.readTree(record.value()).get("position").longValue());
                }
            }
            assertThat(published).as("every stored event").containsAll(stored.values());
            for (String position : acknowledged) {
                assertThat(publishedPositions).as("every acknowledged write").contains(Long.parseLong(position));
            }
        }
    }

    /** Every event of the log up to {@code head}, by position, through the change feed. */
    private static Map<Long, String> storedEvents(ApiClient root, long head) {
        Map<Long, String> events = new TreeMap<>();
        long after = 0;
        while (after < head) {
            JsonNode page = root.get("/v1/changes?limit=100&after_position=" + after).json().get("changes");
            if (page.isEmpty()) {
                break;
            }
            for (JsonNode change : page) {
                events.put(change.get("position").longValue(), change.get("event_id").stringValue());
                after = change.get("position").longValue();
            }
        }
        assertThat(events).hasSize((int) head);
        return events;
    }

    private static long streamPosition(ApiClient api) {
        JsonNode health = api.get("/actuator/health").json();
        return health.path("components").path("changeStream").path("details").path("position").asLong(-1);
    }

    private ServiceProcess start() {
        return ServiceProcess.start(dataDir.resolve("service.log"), PROJECT, KEY, List.of(
                "--fleet.data-dir=" + dataDir, "--fleet.db.url=", "--fleet.kafka.port=" + kafkaPort));
    }
}
