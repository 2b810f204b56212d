package org.fleetledger.benchmarks;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the Kafka issue sets targets for: the time from a write's acknowledgement to its record being
 * consumable, under concurrent writes, and the rate at which a backlog drains into a new topic.
 */
final class StreamMeasurements {

    /** At most this many paced writes are under way at once. */
    static final int PACED_CLIENTS = 64;
    /** How long, and at what pace of writes, the service publishes before the broker's outage. */
    private static final int RUNNING_SECONDS = 30;
    private static final int RUNNING_WRITES_PER_SECOND = 1_000;

    private StreamMeasurements() {
    }

    /**
     * Writes sent at a steady {@code perSecond} for {@code seconds}, each setting a variable of a random
     * host, whether or not earlier ones were answered (up to {@link #PACED_CLIENTS} at once); a consumer at
     * the end of the topic notes when each write's record arrives. The rate the service kept is reported
     * beside the latencies: when it cannot keep the pace, writes wait for a free client.
     */
    static void latency(Report report, Api api, List<Long> hosts, double perSecond, int seconds) throws Exception {
        JsonNode stream = api.get("/actuator/health").get("components").get("changeStream").get("details");
        Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
        Map<Long, Long> arrived = new ConcurrentHashMap<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        AtomicLong highest = new AtomicLong();
        try (ExecutorService reader = Executors.newSingleThreadExecutor();
             KafkaConsumer<String, byte[]> consumer = consumer(stream.get("bootstrap_servers").stringValue())) {
            List<TopicPartition> partitions = consumer.partitionsFor(stream.get("topic").stringValue()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fixes the starting offsets before any write
            Future<?> reading = reader.submit(() -> {
                while (consuming.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        if (record.value() != null) {
                            long position = Api.JSON.readTree(record.value()).get("position").longValue();
                            arrived.putIfAbsent(position, System.nanoTime());
                            highest.accumulateAndGet(position, Math::max);
                        }
                    }
                }
                return null;
            });
            long started = System.nanoTime();
            Clients.paced(PACED_CLIENTS, perSecond, (long) (perSecond * seconds), n -> {
                long host = hosts.get(ThreadLocalRandom.current().nextInt(hosts.size()));
                long position = api.write("PUT", "/v1/hosts/" + host + "/variables", "{\"stream\": " + n + "}", 200);
                acknowledged.put(position, System.nanoTime());
            });
            double writeSeconds = (System.nanoTime() - started) / 1e9;
            Optional<ServiceCpu.Use> cpu = ServiceCpu.lastSeconds(writeSeconds, acknowledged.size());
            long last = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (highest.get() < last && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            consuming.set(false);
            reading.get();
            Latencies latencies = new Latencies();
            long missing = 0;
            for (Map.Entry<Long, Long> write : acknowledged.entrySet()) {
                Long arrival = arrived.get(write.getKey());
                if (arrival == null) {
                    missing++;
                } else {
                    latencies.add(Math.max(0, arrival - write.getValue()));
                }
            }
            report.latency(String.format(Locale.ROOT, "write acknowledged -> record consumable (Kafka), writes "
                    + "sent at %,.0f/s", perSecond), PACED_CLIENTS, latencies, writeSeconds, cpu,
                    "p99 <= 500 ms at 1,000 writes/s");
            report.fact(String.format(Locale.ROOT, "Change stream: %,d writes sent at %,.0f/s, answered in %.1f s "
                    + "(%.0f writes/s); %d records not consumed within 30 s of the last write", acknowledged.size(),
                    perSecond, writeSeconds, acknowledged.size() / writeSeconds, missing));
        }
    }

    /**
     * The service, restarted with a new topic, fills it from the whole log: the rate from its first
     * answer to the publisher reaching the head.
     */
    static ServiceProcess drain(Report report, ServiceProcess service) throws Exception {
        ServiceProcess restarted = service.restartWith(Map.of("FLEET_KAFKA_TOPIC",
                "fleet-ledger.drain-" + System.currentTimeMillis()));
        filled(report, restarted.api(), "Change stream backlog");
        return restarted;
    }

    /**
     * Waits until the publisher of a service just restarted with a new topic has filled it from the
     * whole log, and reports the rate from the service's first answer.
     */
    private static void filled(Report report, Api api, String what) throws InterruptedException {
        long head = api.get("/v1/ledger/verify").get("head_position").longValue();
        long startedAt = System.nanoTime();
        long from = streamPosition(api);
        awaitPosition(api, head, 100);
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        report.fact(String.format(Locale.ROOT, "%s: a new topic filled from the log, %,d events in %.1f s after the "
                + "service answered (%,.0f records/s; target >= 20,000 records/s); %,d were already out when it "
                + "answered", what, head - from, seconds, (head - from) / seconds, Math.max(0, from)));
    }

    /**
     * A backlog left by a broker outage, drained by a service that has been running: the service is
     * restarted on a broker of the benchmark's own and first publishes the whole log to it (reported as
     * the same drain, with the broker outside the service's JVM). It then runs as in production for
     * {@value #RUNNING_SECONDS} s, publishing writes sent at {@value #RUNNING_WRITES_PER_SECOND} a
     * second as they come, so that its JIT has compiled the publisher as a running service's has. Then
     * the broker is taken away for {@code seconds} while {@code clients} clients write variables of
     * random hosts, every write answered, and brought back at the same address. Reported: the writes
     * and the lag the service's health showed at the end of the outage, how long after the broker's
     * return the publisher moved again, and the rate from then to the last write's record.
     */
    static ServiceProcess backlog(Report report, ServiceProcess service, List<Long> hosts, int clients, int seconds)
            throws Exception {
        OutageBroker broker = OutageBroker.start();
        ServiceProcess restarted;
        try {
            restarted = service.restartOn(broker, "fleet-ledger.backlog-" + System.currentTimeMillis());
        } catch (Exception e) {
            broker.close();
            throw e;
        }
        Api api = restarted.api();
        filled(report, api, "Change stream backlog, broker outside the service's JVM");
        latency(new Report(), api, hosts, RUNNING_WRITES_PER_SECOND, RUNNING_SECONDS);

        broker.takeAway();
        AtomicLong written = new AtomicLong();
        AtomicLong last = new AtomicLong();
        long writingUntil = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Clients.run(clients, () -> {
            while (System.nanoTime() < writingUntil) {
                long host = hosts.get(ThreadLocalRandom.current().nextInt(hosts.size()));
                long position = api.write("PUT", "/v1/hosts/" + host + "/variables",
                        "{\"outage\": " + written.incrementAndGet() + "}", 200);
                last.accumulateAndGet(position, Math::max);
            }
            return null;
        });
        JsonNode stream = api.health().get("components").get("changeStream");
        long stuck = stream.get("details").get("position").longValue();
        report.fact(String.format(Locale.ROOT, "Change stream outage: broker taken away for %d s; %,d variable writes "
                + "by %d clients all answered (%,.0f/s); the service's health then showed the stream %s at "
                + "position %,d, lag %s", seconds, written.get(), clients, written.get() / (double) seconds,
                stream.get("status").stringValue(), stuck, stream.get("details").get("lag")));

        broker.bringBack();
        long back = System.nanoTime();
        long moving = awaitPosition(api, stuck + 1, 20);
        long resumed = System.nanoTime();
        long movedFrom = streamPosition(api);
        long resumedFrom = System.nanoTime();
        awaitPosition(api, last.get(), 20);
        double draining = (System.nanoTime() - resumedFrom) / 1e9;
        report.fact(String.format(Locale.ROOT, "Change stream backlog after the outage: the broker back, the publisher "
                + "moved again after %.1f s (at position %,d); then %,d records in %.2f s (%,.0f records/s; "
                + "target >= 20,000 records/s); %,d records from the broker's return to the last write's in %.2f s",
                (resumed - back) / 1e9, moving, last.get() - movedFrom, draining,
                (last.get() - movedFrom) / draining, last.get() - stuck, (System.nanoTime() - back) / 1e9));
        return restarted;
    }

    /**
     * Waits, polling every {@code millis}, until the publisher's position is at least {@code position};
     * a publisher that has not got there within 10 minutes fails the run.
     */
    private static long awaitPosition(Api api, long position, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long reached = streamPosition(api);
        while (reached < position) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the change stream's publisher stayed at position " + reached
                        + " for 10 minutes, short of " + position);
            }
            Thread.sleep(millis);
            reached = streamPosition(api);
        }
        return reached;
    }

    /** The change stream publisher's position, from the service's health. */
    static long streamPosition(Api api) {
        JsonNode health = api.health();
        return health.get("components").get("changeStream").get("details").get("position").longValue();
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer());
    }
}
