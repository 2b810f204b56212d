package org.fleetledger.gateway.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fleetledger.gateway.FleetLedgerApplication;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
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

    private final int kafkaPort = freePort();

    @Test
    void resumesWithoutLossAfterAKill() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int httpPort = freePort();
        Process first = start(httpPort);
        try {
            ApiClient api = ApiClient.as(httpPort, PROJECT, "bootstrap", KEY);
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
                first.destroyForcibly().waitFor();
                writing.set(false);
            }
        } finally {
            first.destroyForcibly().waitFor();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);

        int secondPort = freePort();
        Process second = start(secondPort);
        try {
            ApiClient root = ApiClient.as(secondPort, PROJECT, "bootstrap", KEY);
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
        } finally {
            second.destroy();
            second.waitFor();
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

    /** The service as its own JVM, on the test's class path, the data directory and Kafka port kept. */
    private Process start(int httpPort) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), FleetLedgerApplication.class.getName(),
                "--server.port=" + httpPort, "--server.address=127.0.0.1", "--fleet.data-dir=" + dataDir,
                "--fleet.db.url=", "--fleet.kafka.port=" + kafkaPort,
                "--fleet.bootstrap.project-id=" + PROJECT, "--fleet.bootstrap.root-user=bootstrap",
                "--fleet.bootstrap.root-key=" + KEY);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        ApiClient api = ApiClient.as(httpPort, PROJECT, "bootstrap", KEY);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as(() -> "the service runs; its log ends with\n" + tail()).isTrue();
            try {
                return api.get("/v1/clouds").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return process;
    }

    private Path log() {
        return dataDir.resolve("service.log");
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
