package org.fleetledger.gateway.reliability;

import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ReadModelRows;
import org.fleetledger.gateway.support.Rebuilds;
import org.fleetledger.gateway.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service, a process of its own on its embedded database, is killed (SIGKILL) at random moments
 * while four clients write, three times over. Started again, it has every acknowledged write, in the
 * API and in the event store; nothing unacknowledged is half there; the hash chain verifies; and a
 * rebuild of the read models from the log gives them back row for row.
 */
class CrashTest {

    private static final UUID PROJECT = UUID.fromString("0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000066");
    private static final String KEY = "66666666666666666666666666666666";
    private static final int WRITERS = 4;
    private static final int CRASHES = 3;

    @TempDir
    Path dataDir;

    /** An acknowledged write and what must hold for it afterwards. */
    record Write(String kind, long cloud, long position, long value) {
    }

    @Test
    void keepsEveryAcknowledgedWriteThroughRepeatedKills() throws Exception {
        long seed = Long.getLong("fleet.crash.seed", System.nanoTime());
        SplittableRandom random = new SplittableRandom(seed);
        ConcurrentLinkedQueue<Write> acknowledged = new ConcurrentLinkedQueue<>();
        // deletes sent, acknowledged or not: one cut off by a kill may still have been stored
        Set<Long> deleting = ConcurrentHashMap.newKeySet();
        List<Long> perRun = new ArrayList<>();
        AtomicInteger attempted = new AtomicInteger();
        for (int run = 0; run < CRASHES; run++) {
            try (ServiceProcess service = start()) {
                ApiClient api = service.root();
                int before = acknowledged.size();
                AtomicBoolean writing = new AtomicBoolean(true);
                try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
                    for (int writer = 0; writer < WRITERS; writer++) {
                        String prefix = "r" + run + "w" + writer;
                        writers.submit(() -> attempted.addAndGet(write(api, prefix, writing, acknowledged, deleting)));
                    }
                    try {
                        Thread.sleep(1500 + random.nextInt(3000));
                        service.kill();
                    } finally {
                        writing.set(false);
                    }
                }
                perRun.add((long) (acknowledged.size() - before));
            }
        }

        try (ServiceProcess service = start()) {
            ApiClient root = service.root();
            assertThat(acknowledged).as("writes were acknowledged in every run").hasSizeGreaterThan(CRASHES * 10);
            Map<Long, JsonNode> log = changeFeed(root);
            for (Write write : acknowledged) {
                JsonNode event = log.get(write.position());
                assertThat(event).as("the event store has acknowledged position %d", write.position()).isNotNull();
                assertThat(event.get("resource").get("id").asString()).isEqualTo(Long.toString(write.cloud()));
                ApiResponse cloud = root.get("/v1/clouds/" + write.cloud());
                switch (write.kind()) {
                    case "create" -> assertThat(cloud.status() == 200 || deleting.contains(write.cloud()))
                            .as("created cloud %d", write.cloud()).isTrue();
                    case "delete" -> assertThat(cloud.status()).isEqualTo(404);
                    default -> {
                        if (!deleting.contains(write.cloud())) {
                            assertThat(cloud.json().get("variables").get("seq").longValue())
                                    .as("cloud %d's seq", write.cloud()).isGreaterThanOrEqualTo(write.value());
                        }
                    }
                }
            }
            JsonNode verified = root.get("/v1/ledger/verify").json();
            assertThat(verified.get("intact").booleanValue()).isTrue();
            assertThat(verified.get("first_broken_position").isNull()).isTrue();
            long head = verified.get("head_position").longValue();

            // A creation in flight at a kill was stored but never acknowledged; its events reach each read
            // model once that model's processor runs again, after the killed node's claims expire (ADR 0023).
            awaitReadModelsAt(root, head);
            for (JsonNode cloud : everyCloud(root)) {
                assertThat(cloud.get("variables").has("born") && cloud.get("variables").has("writer"))
                        .as("a cloud is there with all its creation or not at all: %s", cloud).isTrue();
            }

            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                    "jdbc:postgresql://localhost:" + service.embeddedPostgresPort() + "/postgres", "postgres", ""));
            assertThat(root.with("X-Ledger-Min-Position", Long.toString(head)).get("/v1/clouds").status())
                    .as("the read models reach the head").isEqualTo(200);
            Map<String, List<String>> live = ReadModelRows.of(jdbc);
            assertThat(root.post("/v1/ledger/rebuild", null).status()).isEqualTo(202);
            assertThat(Rebuilds.awaitIdle(root).get("state").stringValue()).isEqualTo("done");
            Map<String, List<String>> rebuilt = ReadModelRows.of(jdbc);
            for (String table : live.keySet()) {
                assertThat(rebuilt.get(table)).as(table).containsExactlyInAnyOrderElementsOf(live.get(table));
            }
            System.out.printf("crash test (seed %d): %d kills; writes attempted %d, acknowledged %s per run, lost 0;"
                    + " %d events verified%n", seed, CRASHES, attempted.get(), perRun, verified.get("events").longValue());
        }
    }

    /** One client's writes until told to stop or the service is gone; the number of requests sent. */
    private static int write(ApiClient api, String prefix, AtomicBoolean writing, ConcurrentLinkedQueue<Write> acked,
                             Set<Long> deleting) {
        List<Long> mine = new ArrayList<>();
        int sent = 0;
        try {
            for (int i = 0; writing.get(); i++) {
                sent++;
                if (mine.isEmpty() || i % 3 == 0) {
                    ApiResponse created = api.post("/v1/clouds", "{\"name\": \"" + prefix + "-" + i
                            + "\", \"variables\": {\"born\": " + i + ", \"writer\": \"" + prefix + "\"}}");
                    if (created.status() == 201) {
                        long id = created.json().get("id").longValue();
                        mine.add(id);
                        acked.add(new Write("create", id, created.position(), i));
                    }
                } else if (i % 7 == 0) {
                    long id = mine.removeFirst();
                    deleting.add(id);
                    ApiResponse deleted = api.delete("/v1/clouds/" + id);
                    if (deleted.status() == 204) {
                        acked.add(new Write("delete", id, deleted.position(), i));
                    }
                } else {
                    long id = mine.getLast();
                    ApiResponse set = api.put("/v1/clouds/" + id + "/variables", "{\"seq\": " + i + "}");
                    if (set.status() == 200) {
                        acked.add(new Write("set", id, set.position(), i));
                    }
                }
            }
        } catch (RuntimeException gone) {
            // the service was killed in the middle of this request: it is not acknowledged
        }
        return sent;
    }

    /** Every event of the log by position, through the change feed. */
    private static Map<Long, JsonNode> changeFeed(ApiClient root) {
        Map<Long, JsonNode> events = new HashMap<>();
        long after = 0;
        while (true) {
            JsonNode page = root.get("/v1/changes?limit=100&after_position=" + after).json().get("changes");
            if (page.isEmpty()) {
                return events;
            }
            for (JsonNode change : page) {
                after = change.get("position").longValue();
                events.put(after, change);
            }
        }
    }

    /** Waits until every read model has taken in the log up to {@code head}, as a client would with min position. */
    private static void awaitReadModelsAt(ApiClient root, long head) throws InterruptedException {
        ApiClient atTheHead = root.with("X-Ledger-Min-Position", Long.toString(head));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (atTheHead.get("/v1/clouds").status() != 200) {
            assertThat(System.nanoTime() - deadline).as("the read models reach the head within 60 s").isNegative();
            Thread.sleep(200);
        }
    }

    private static List<JsonNode> everyCloud(ApiClient root) {
        List<JsonNode> clouds = new ArrayList<>();
        String page = "/v1/clouds?details=true&limit=100";
        while (true) {
            JsonNode found = root.get(page).json().get("clouds");
            if (found.isEmpty()) {
                return clouds;
            }
            found.forEach(clouds::add);
            page = "/v1/clouds?details=true&limit=100&marker=" + found.get(found.size() - 1).get("id").longValue();
        }
    }

    private ServiceProcess start() {
        return ServiceProcess.start(dataDir.resolve("service.log"), PROJECT, KEY, List.of(
                "--fleet.data-dir=" + dataDir, "--fleet.db.url=", "--fleet.kafka.enabled=false"));
    }
}
