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
        Api api = restarted.api();
        long head = api.get("/v1/ledger/verify").get("head_position").longValue();
        long startedAt = System.nanoTime();
        long from = streamPosition(api);
        long position = from;
        while (position < head) {
            Thread.sleep(100);
            position = streamPosition(api);
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        report.fact(String.format("Change stream backlog: a new topic filled from the log, %,d events in %.1f s "
                + "after the service answered (%,.0f records/s; target >= 20,000 records/s); %,d were already "
                + "out when it answered", head - from, seconds, (head - from) / seconds, Math.max(0, from)));
        return restarted;
    }

    /** The change stream publisher's position, from the service's health. */
    static long streamPosition(Api api) {
        JsonNode health = api.call("GET", "/actuator/health", null, 200);
        return health.get("components").get("changeStream").get("details").get("position").longValue();
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer());
    }
}
