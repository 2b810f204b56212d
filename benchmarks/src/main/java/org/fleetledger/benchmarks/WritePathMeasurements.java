package org.fleetledger.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The write path against PostgreSQL's own limit: creates and variable writes through the API with 32
 * clients, the raw durable insert rate of the same database at the same concurrency, and the ratio; then
 * the read models' lag behind writes sent at half the API's rate.
 * <p>
 * Every write is acknowledged only once it is durable and the read models include it. The answer's
 * {@code Server-Timing} header splits its time into {@code store} (the command, its events appended and
 * committed) and {@code read-models} (the wait for the projections): the second is the projection lag
 * that write saw.
 */
final class WritePathMeasurements {

    static final int CLIENTS = 32;
    private static final int CELLS = 10;

    private final Api api;
    private final Report report;
    private final int seconds;
    private final int warmUpSeconds;
    private final List<Long> cells = new ArrayList<>();
    private final List<Long> hosts = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong names = new AtomicLong();
    private long cloud;
    private long region;

    private WritePathMeasurements(Api api, Report report, int seconds, int warmUpSeconds) {
        this.api = api;
        this.report = report;
        this.seconds = seconds;
        this.warmUpSeconds = warmUpSeconds;
    }

    /**
     * Runs every measurement for {@code seconds} each, after {@code warmUpSeconds} of each kind of write,
     * and adds rows and facts to {@code report}.
     */
    static void run(Report report, Api api, String databaseUrl, int seconds, int warmUpSeconds) throws Exception {
        new WritePathMeasurements(api, report, seconds, warmUpSeconds).run(databaseUrl);
    }

    private void run(String databaseUrl) throws Exception {
        cloud = api.create("/v1/clouds", "{\"name\": \"write-path-cloud\"}");
        region = api.create("/v1/regions", "{\"name\": \"write-path-region\", \"cloud_id\": " + cloud + "}");
        for (int i = 0; i < CELLS; i++) {
            cells.add(api.create("/v1/cells", "{\"name\": \"write-path-cell-" + i + "\", \"cloud_id\": " + cloud
                    + ", \"region_id\": " + region + "}"));
        }
        // The service's JIT compiles both kinds of write first; what is measured is the steady state after
        // it. With creates alone as the warm-up, the compiler still took 28 % of the machine's CPU during
        // the variable writes; a service started for the write path alone needs longer than one that has
        // just generated a fleet (ADR 0055).
        closedLoop(this::createHost, warmUpSeconds);
        closedLoop(this::setVariable, warmUpSeconds);
        WriteGroupCounts beforeCreates = WriteGroupCounts.read(api);
        Timed creates = closedLoop(this::createHost, seconds);
        WriteGroupCounts afterCreates = WriteGroupCounts.read(api);
        Timed variableWrites = closedLoop(this::setVariable, seconds);
        WriteGroupCounts afterVariableWrites = WriteGroupCounts.read(api);
        RawInserts.Result raw = RawInserts.measure(databaseUrl, CLIENTS, seconds);
        Optional<ServiceCpu.Use> rawCpu = ServiceCpu.lastSeconds(raw.seconds(), raw.latencies().count());

        creates.report(report, "create host with 10 variables (write path)", "");
        variableWrites.report(report, "set a host variable (write path)", "");
        report.latency("raw INSERT + COMMIT of one row (same PostgreSQL)", CLIENTS, raw.latencies(), raw.seconds(),
                rawCpu, "");
        report.fact(String.format(Locale.ROOT, "Raw durable insert rate at %d connections: %,.0f rows/s. "
                        + "The API's write rate against it: creates %.1f %%, variable writes %.1f %% "
                        + "(target >= 25 %%)", CLIENTS, raw.rate(), 100 * creates.rate() / raw.rate(),
                100 * variableWrites.rate() / raw.rate()));
        report.fact(String.format(Locale.ROOT, "Where a write's time went (p50 / p99, ms): creates store %.1f / %.1f, "
                        + "read models %.1f / %.1f; variable writes store %.1f / %.1f, read models %.1f / %.1f",
                creates.store.percentileMillis(50), creates.store.percentileMillis(99),
                creates.readModels.percentileMillis(50), creates.readModels.percentileMillis(99),
                variableWrites.store.percentileMillis(50), variableWrites.store.percentileMillis(99),
                variableWrites.readModels.percentileMillis(50), variableWrites.readModels.percentileMillis(99)));

        report.fact(String.format(Locale.ROOT, "Writes per transaction (group commit, ADR 0036; 0 when it is off): "
                        + "creates %.1f, variable writes %.1f", afterCreates.meanSizeSince(beforeCreates),
                afterVariableWrites.meanSizeSince(afterCreates)));

        report.fact(String.format(Locale.ROOT, "The JIT compiler's share of the service JVM's CPU: creates %s, "
                        + "variable writes %s (near 0 once the service is warm). The JVM's CPU per write without "
                        + "it: creates %s, variable writes %s", jitShare(creates), jitShare(variableWrites),
                withoutJit(creates), withoutJit(variableWrites)));
        report.fact("The machine's cores (service JVM, its PostgreSQL, the load generator's JVM, everything "
                + "else): creates " + cores(creates) + "; variable writes " + cores(variableWrites));

        double halfRate = Math.max(1, variableWrites.rate() / 2);
        Timed paced = paced(halfRate, this::setVariable);
        report.latency(String.format(Locale.ROOT, "projection lag at half the write rate (%.0f writes/s)", halfRate),
                CLIENTS, paced.readModels, paced.seconds, paced.cpu, "p99 <= 250 ms");
    }

    private Answer createHost(long n) {
        return api.send("POST", "/v1/hosts", hostBody(n), 201);
    }

    private Answer setVariable(long n) {
        return api.send("PUT", "/v1/hosts/" + hosts.get(ThreadLocalRandom.current().nextInt(hosts.size())) + "/variables",
                "{\"write_path_counter\": " + n + "}", 200);
    }

    private static String jitShare(Timed timed) {
        return timed.cpu.map(use -> String.format(Locale.ROOT, "%.0f %%", use.jitPercent())).orElse("not measured");
    }

    private static String cores(Timed timed) {
        return timed.cpu.map(use -> String.format(Locale.ROOT, "%.2f + %.2f + %.2f + %.2f of %d, the generator "
                + "%.2f ms per write", use.jvmCores(), use.databaseCores(), use.generatorCores(), use.otherCores(),
                Runtime.getRuntime().availableProcessors(), use.generatorCores() * 1000 / timed.rate()))
                .orElse("not measured");
    }

    private static String withoutJit(Timed timed) {
        return timed.cpu.map(use -> String.format(Locale.ROOT, "%.2f ms",
                use.jvmMillisPerOp() * (1 - use.jitPercent() / 100))).orElse("not measured");
    }

    private String hostBody(long n) {
        long name = names.getAndIncrement();
        StringBuilder variables = new StringBuilder("{\"role\": \"role-").append(name % 7).append('"');
        for (int i = 1; i < 10; i++) {
            variables.append(", \"host_").append(i).append("\": ").append(i);
        }
        return "{\"name\": \"write-path-host-" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"cell_id\": " + cells.get((int) (name % CELLS)) + ", \"ip_address\": \"10.200."
                + (name >> 8 & 255) + "." + (name & 255) + "\", \"device_type\": \"server\", \"variables\": "
                + variables.append('}') + "}";
    }

    /** {@link #CLIENTS} clients each sending the next write as soon as the last is answered. */
    private Timed closedLoop(LongFunction<Answer> write, int seconds) throws Exception {
        Timed timed = new Timed();
        AtomicLong next = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        Clients.run(CLIENTS, () -> {
            while (System.nanoTime() < deadline) {
                timed.send(next.getAndIncrement(), write);
            }
            return null;
        });
        timed.ended((System.nanoTime() - started) / 1e9);
        return timed;
    }

    /** Writes started at a steady {@code perSecond}, whether or not earlier ones were answered. */
    private Timed paced(double perSecond, LongFunction<Answer> write) throws Exception {
        Timed timed = new Timed();
        long started = System.nanoTime();
        Clients.paced(CLIENTS, perSecond, (long) (perSecond * seconds), n -> timed.send(n, write));
        timed.ended((System.nanoTime() - started) / 1e9);
        return timed;
    }

    /** The latencies of one kind of write, and the two parts of each that its answer reported. */
    private final class Timed {
        final Latencies total = new Latencies();
        final Latencies store = new Latencies();
        final Latencies readModels = new Latencies();
        double seconds;
        Optional<ServiceCpu.Use> cpu = Optional.empty();

        void ended(double after) {
            seconds = after;
            cpu = ServiceCpu.lastSeconds(seconds, total.count());
        }

        void send(long n, LongFunction<Answer> write) {
            long t0 = System.nanoTime();
            Answer answer = write.apply(n);
            total.add(System.nanoTime() - t0);
            for (String timing : answer.values("Server-Timing")) {
                for (String step : timing.split(",")) {
                    String[] parts = step.trim().split(";dur=");
                    long nanos = (long) (Double.parseDouble(parts[1]) * 1e6);
                    switch (parts[0]) {
                        case "store" -> store.add(nanos);
                        case "read-models" -> readModels.add(nanos);
                        default -> { }
                    }
                }
            }
            if (answer.status() == 201) {
                hosts.add(Api.JSON.readTree(answer.body()).get("id").longValue());
            }
        }

        double rate() {
            return total.count() / seconds;
        }

        void report(Report into, String operation, String target) {
            into.latency(operation, CLIENTS, total, seconds, cpu, target);
        }
    }
}
