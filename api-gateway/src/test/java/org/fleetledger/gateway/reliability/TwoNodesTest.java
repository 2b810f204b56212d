package org.fleetledger.gateway.reliability;

import org.fleetledger.broker.EmbeddedKafkaBroker;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ReadModelRows;
import org.fleetledger.gateway.support.Rebuilds;
import org.fleetledger.gateway.support.ServiceProcess;
import org.fleetledger.gateway.support.StandalonePostgres;
import org.fleetledger.gateway.support.TopicRecords;
import org.fleetledger.query.progress.ReadModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the service, separate processes, on one PostgreSQL and one Kafka broker. Both serve
 * reads and writes, each seeing the other's writes; each read model is processed by exactly one node at
 * a time; of two creates of one name, one on each node, exactly one succeeds; killing a node hands its
 * processors to the other, and nothing is lost, published late or applied twice.
 */
class TwoNodesTest {

    private static final UUID PROJECT = UUID.fromString("0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000022");
    private static final String KEY = "22222222222222222222222222222222";
    private static final String TOPIC = "fleet-ledger.changes";

    @TempDir
    Path dir;

    /** An acknowledged create. */
    record Created(long cloud, long position) {
    }

    @Test
    void shareOneDatabaseAndOneBroker() throws Exception {
        try (StandalonePostgres database = new StandalonePostgres(dir.resolve("pg")).start();
             EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess a = launch("a", database, broker);
             ServiceProcess b = launch("b", database, broker)) {
            a.awaitServing();
            b.awaitServing();
            JdbcTemplate jdbc = database.jdbc();

            seesTheOtherNodesWrites(a.root(), b.root());
            seesTheOtherNodesWrites(b.root(), a.root());
            exactlyOneOfTwoCreatesOfANameSucceeds(a.root(), b.root());

            awaitSplit(jdbc, a, b);
            equalsARebuild(jdbc, a.root(), "while both nodes run");
            awaitSplit(jdbc, a, b);
            Map<String, String> before = claims(jdbc);
            ServiceProcess victim = a;
            ServiceProcess survivor = b;

            ConcurrentLinkedQueue<Created> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean writingOnVictim = new AtomicBoolean(true);
            AtomicBoolean writingOnSurvivor = new AtomicBoolean(true);
            long killedAt;
            long handedOverAt;
            try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
                for (int w = 0; w < 2; w++) {
                    writers.submit(() -> write(victim.root(), "v" + UUID.randomUUID(), writingOnVictim, acknowledged));
                    writers.submit(() -> write(survivor.root(), "s" + UUID.randomUUID(), writingOnSurvivor, acknowledged));
                }
                try {
                    Thread.sleep(3000);
                    victim.kill();
                    killedAt = System.nanoTime();
                    writingOnVictim.set(false);
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                            .until(() -> claims(jdbc).values().stream().allMatch(survivor::owns));
                    handedOverAt = System.nanoTime();
                    Thread.sleep(2000);
                } finally {
                    writingOnVictim.set(false);
                    writingOnSurvivor.set(false);
                }
            }

            ApiClient root = survivor.root();
            long head = root.get("/v1/ledger/verify").json().get("head_position").longValue();
            assertThat(root.with("X-Ledger-Min-Position", Long.toString(head)).get("/v1/clouds").status())
                    .as("the survivor's read models reach the head").isEqualTo(200);
            for (Created created : acknowledged) {
                assertThat(root.get("/v1/clouds/" + created.cloud()).status()).isEqualTo(200);
            }

            equalsARebuild(jdbc, root, "after the handover");
            assertThat(root.get("/v1/ledger/verify").json().get("intact").booleanValue()).isTrue();

            await().atMost(Duration.ofSeconds(60)).until(() -> root.get("/actuator/health").json()
                    .path("components").path("changeStream").path("details").path("position").asLong(-1) >= head);
            Set<String> published = TopicRecords.publishedEventIds(broker.bootstrapServers(), TOPIC);
            List<String> stored = jdbc.queryForList(
                    "SELECT event_identifier FROM domain_event_entry WHERE global_index <= ?", String.class, head);
            assertThat(published).as("every event on the topic").containsAll(stored);

            System.out.printf("two nodes: %d read models, %d held by the node killed; %d creates acknowledged"
                            + " on both nodes, 0 lost; claims handed over %d ms after the kill%n",
                    before.size(), before.values().stream().filter(victim::owns).count(), acknowledged.size(),
                    (handedOverAt - killedAt) / 1_000_000);
        }
    }

    /** Every processor is held, and each node holds its share: half of them, rounded up or down. */
    private static void awaitSplit(JdbcTemplate jdbc, ServiceProcess a, ServiceProcess b) {
        int all = ReadModels.ALL.size();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, String> owners = claims(jdbc);
            assertThat(owners).hasSize(all);
            assertThat(owners.values()).allMatch(owner -> a.owns(owner) || b.owns(owner));
            assertThat(owners.values().stream().filter(a::owns).count()).isBetween(all / 2L, all - all / 2L);
        });
    }

    /** The read models, row by row, equal what a rebuild from the log makes of them. */
    private static void equalsARebuild(JdbcTemplate jdbc, ApiClient root, String when) throws InterruptedException {
        Map<String, List<String>> live = ReadModelRows.of(jdbc);
        assertThat(root.post("/v1/ledger/rebuild", null).status()).isEqualTo(202);
        assertThat(Rebuilds.awaitIdle(root).get("state").stringValue()).as(when).isEqualTo("done");
        Map<String, List<String>> rebuilt = ReadModelRows.of(jdbc);
        for (String table : live.keySet()) {
            assertThat(rebuilt.get(table)).as("%s %s: no event applied twice or missed", table, when)
                    .containsExactlyInAnyOrderElementsOf(live.get(table));
        }
    }

    private static void seesTheOtherNodesWrites(ApiClient writer, ApiClient reader) {
        String name = "seen-" + UUID.randomUUID();
        ApiResponse created = writer.post("/v1/clouds", "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").longValue();
        assertThat(writer.get("/v1/clouds/" + id).status()).as("read your own write").isEqualTo(200);
        ApiResponse read = reader.with("X-Ledger-Min-Position", Long.toString(created.position()))
                .get("/v1/clouds/" + id);
        assertThat(read.status()).as("the other node, at the write's position").isEqualTo(200);
        assertThat(read.json().get("name").stringValue()).isEqualTo(name);
    }

    private static void exactlyOneOfTwoCreatesOfANameSucceeds(ApiClient a, ApiClient b) throws Exception {
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                String body = "{\"name\": \"same-" + round + "\"}";
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> onA = both.submit(() -> {
                    go.await();
                    return a.post("/v1/clouds", body).status();
                });
                Future<Integer> onB = both.submit(() -> {
                    go.await();
                    return b.post("/v1/clouds", body).status();
                });
                go.countDown();
                assertThat(List.of(onA.get(), onB.get())).as("round %d", round).containsExactlyInAnyOrder(201, 409);
            }
        }
    }

    private static void write(ApiClient api, String prefix, AtomicBoolean writing, ConcurrentLinkedQueue<Created> acked) {
        try {
            for (int i = 0; writing.get(); i++) {
                ApiResponse created = api.post("/v1/clouds", "{\"name\": \"" + prefix + "-" + i + "\"}");
                if (created.status() == 201) {
                    acked.add(new Created(created.json().get("id").longValue(), created.position()));
                }
            }
        } catch (RuntimeException gone) {
            // the node was killed during this request: it is not acknowledged
        }
    }

    /** Who holds each read model's processor now, by processing group. */
    private static Map<String, String> claims(JdbcTemplate jdbc) {
        Map<String, String> owners = new TreeMap<>();
        jdbc.query("SELECT processor_name, owner FROM token_entry WHERE segment = 0",
                row -> {
                    owners.put(row.getString(1), row.getString(2));
                });
        return owners;
    }

    private ServiceProcess launch(String node, StandalonePostgres database, EmbeddedKafkaBroker broker) {
        return ServiceProcess.launch(dir.resolve(node + ".log"), PROJECT, KEY, List.of(
                "--fleet.data-dir=" + dir.resolve(node), "--fleet.db.url=" + database.jdbcUrl(),
                "--fleet.db.user=postgres", "--fleet.db.password=",
                "--fleet.kafka.bootstrap-servers=" + broker.bootstrapServers()));
    }
}
