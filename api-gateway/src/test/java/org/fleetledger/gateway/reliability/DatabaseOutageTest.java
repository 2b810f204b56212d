package org.fleetledger.gateway.reliability;

import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.InProcessService;
import org.fleetledger.gateway.support.StandalonePostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away for 30 s while clients write. Every answer in that time is a 503 in the error
 * format, within a bounded time; health says DOWN; when the database is back, the same service serves
 * writes again, its read models and change stream catch up, and every acknowledged write is there.
 */
class DatabaseOutageTest {

    private static final UUID PROJECT = UUID.fromString("0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000055");
    private static final String KEY = "55555555555555555555555555555555";
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /**
     * The longest any request may take around the outage: two waits of the pool for a connection (5 s
     * each) and a write's wait for the read models (10 s).
     */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    /** One answer a writer got, and how long it took. */
    record Answer(int status, String message, long millis, long endedAt, long position, long cloudId) {
    }

    @Test
    void answers503WhileTheDatabaseIsAwayAndResumesWithoutARestart() throws Exception {
        try (StandalonePostgres database = new StandalonePostgres(dataDir.resolve("pg")).start();
             InProcessService service = start(database)) {
            int port = service.port();
            ApiClient api = service.root();
            long cloud = api.post("/v1/clouds", "{\"name\": \"weather\"}").json().get("id").longValue();

            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            List<String> failures = new ArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong acknowledged = new AtomicLong();
            long downAt;
            long upAt;
            try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
                for (int writer = 0; writer < 4; writer++) {
                    int w = writer;
                    writers.submit(() -> {
                        for (int i = 0; writing.get(); i++) {
                            long began = System.nanoTime();
                            try {
                                ApiResponse answer = i % 2 == 0
                                        ? api.post("/v1/clouds", "{\"name\": \"c-" + w + "-" + i + "\"}")
                                        : api.put("/v1/clouds/" + cloud + "/variables", "{\"w" + w + "\": " + i + "}");
                                long millis = (System.nanoTime() - began) / 1_000_000;
                                boolean ok = answer.status() / 100 == 2;
                                answers.add(new Answer(answer.status(),
                                        answer.json() == null ? null : answer.json().path("message").asString(null),
                                        millis, System.nanoTime(), ok ? answer.position() : -1,
                                        ok && i % 2 == 0 ? answer.json().get("id").longValue() : -1));
                                if (ok) {
                                    acknowledged.incrementAndGet();
                                } else {
                                    Thread.sleep(100);
                                }
                            } catch (RuntimeException e) {
                                synchronized (failures) {
                                    failures.add(e.toString());
                                }
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                }
                try {
                    await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.get() >= 100);

                    database.stop();
                    downAt = System.nanoTime();
                    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                        ApiResponse health = ApiClient.anonymous(port).get("/actuator/health");
                        assertThat(health.status()).isEqualTo(503);
                        assertThat(health.json().get("status").stringValue()).isEqualTo("DOWN");
                    });
                    long acknowledgedWhileDown = acknowledged.get();
                    Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - downAt) / 1_000_000));
                    database.start();
                    upAt = System.nanoTime();
                    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                            .until(() -> acknowledged.get() > acknowledgedWhileDown + 20);
                } finally {
                    writing.set(false);
                }
            }

            assertThat(failures).as("every request was answered").isEmpty();
            List<Answer> refused = answers.stream().filter(a -> a.status() / 100 != 2).toList();
            assertThat(refused).as("the outage was seen").isNotEmpty();
            assertThat(refused).as("refused writes are 503s in the error format")
                    .allSatisfy(a -> {
                        assertThat(a.status()).isEqualTo(503);
                        assertThat(a.message()).isNotBlank();
                    });
            assertThat(answers).as("no answer took longer than the bound")
                    .allSatisfy(a -> assertThat(a.millis()).isLessThanOrEqualTo(BOUND.toMillis()));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                ApiResponse health = ApiClient.anonymous(port).get("/actuator/health");
                assertThat(health.status()).as(health.text()).isEqualTo(200);
            });
            long caughtUp = System.nanoTime();

            List<Answer> acked = answers.stream().filter(a -> a.status() / 100 == 2).toList();
            assertThat(storedPositions(database, acked)).as("every acknowledged write is stored")
                    .hasSize(acked.size());
            for (Answer created : acked.stream().filter(a -> a.cloudId() > 0).toList()) {
                assertThat(api.get("/v1/clouds/" + created.cloudId()).status()).isEqualTo(200);
            }
            System.out.printf("database outage: %d writes acknowledged, %d answered 503 (longest %d ms), 0 lost;"
                            + " down %d s; writes again %d ms after the database returned; healthy %d ms after%n",
                    acked.size(), refused.size(), answers.stream().mapToLong(Answer::millis).max().orElse(0),
                    (upAt - downAt) / 1_000_000_000, (firstAcknowledgedAfter(acked, upAt) - upAt) / 1_000_000,
                    (caughtUp - upAt) / 1_000_000);
        }
    }

    private static long firstAcknowledgedAfter(List<Answer> acked, long upAt) {
        return acked.stream().mapToLong(Answer::endedAt).filter(t -> t > upAt).min().orElseThrow();
    }

    private static Set<Long> storedPositions(StandalonePostgres database, List<Answer> acked) throws Exception {
        Set<Long> stored = ConcurrentHashMap.newKeySet();
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT global_index FROM domain_event_entry WHERE global_index = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("bigint",
                    acked.stream().map(Answer::position).toArray(Long[]::new)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
        }
        return stored;
    }

    private InProcessService start(StandalonePostgres database) {
        return InProcessService.start(PROJECT, KEY, "--fleet.data-dir=" + dataDir, "--fleet.kafka.port=0",
                "--fleet.db.url=" + database.jdbcUrl(), "--fleet.db.user=postgres", "--fleet.db.password=");
    }
}
