package org.fleetledger.benchmarks;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Starts the service on a fresh data directory, generates a fleet through its API, and measures what
 * the variables issue sets targets for: one host's resolved variables, a page of 100 hosts with their
 * resolved variables, a {@code vars} search on an inherited key over all hosts, how long a region's
 * change takes to reach all its hosts, and the service's memory; then the ledger's
 * ({@link LedgerMeasurements}).
 * <p>
 * {@code java -jar fleet-ledger-benchmarks.jar <service jar> [--quick | --writes | --stream | --rebuild |
 * --million | --drain] [--full]
 * [--clients N]
 * [--report FILE] [--java-opts "<service JVM options>"] [--aot-cache FILE]}. {@code --aot-cache} starts
 * the service with that ahead-of-time cache, as {@code ./ledger run} does; the service jar is then the
 * extracted one the cache was trained on. {@code --writes} measures only the write path
 * ({@link WritePathMeasurements}), on an empty service, in about three and a half minutes;
 * {@code --stream} only the change stream's latency at {@value #STREAM_WRITES_PER_SECOND} writes/s on the quick fleet, after as many
 * writes unmeasured, then the drain of its log into a new topic; {@code --rebuild} only the
 * rebuild of every read model, {@value #REBUILDS} times, in a service restarted on the quick fleet's log;
 * {@code --million} only the ledger's measurements, on the quick fleet and again with its log filled to a
 * million events (the full run ends with the latter too); {@code --drain} only the change stream's
 * backlog, over the quick fleet's log filled to a million events. {@code --full} runs {@code --stream}
 * or {@code --million} on the full fleet instead of the quick one.
 */
public final class FleetBenchmark {

    /** Latency targets are measured one request at a time; throughput with several clients. */
    private static final int LATENCY_CLIENTS = 1;
    private static final int THROUGHPUT_CLIENTS = 4;
    /**
     * Unmeasured requests before the steady figure of one host's GET, after the 12,000 before them: the
     * JIT went on compiling that GET for some 20,000 requests, its p99 falling from 10.6 to 16.8 ms after
     * 3,000 to 5.1 and 5.6 ms after 21,000 (10,000 hosts; ADR 0028). They are sent by
     * {@link #THROUGHPUT_CLIENTS} clients: what the JIT needs is the count of requests, not their pace.
     */
    private static final int STEADY_WARM_UP = 20_000;
    /** How long each write-path measurement and its warm-up run; {@code --quick} halves it (under 5 minutes). */
    private static final int WRITE_PATH_SECONDS = 20;
    /**
     * How long each kind of write warms up a service started for the write path alone ({@code --writes}),
     * whose JIT has compiled nothing yet (ADR 0055). After a fleet's generation, the warm-up lasts as long
     * as the measurement.
     */
    private static final int WRITES_ONLY_WARM_UP_SECONDS = 60;
    /** The change stream's latency is measured at the write rate its target names. */
    private static final double STREAM_WRITES_PER_SECOND = 1_000;
    /** {@code --stream}'s measured seconds, each after a second of unmeasured writes at the same pace. */
    private static final int STREAM_SECONDS = 30;
    /** How long {@code --stream} takes the broker away while clients write. */
    private static final int OUTAGE_SECONDS = 60;
    /** How many rebuilds {@code --rebuild} measures one after the other. */
    private static final int REBUILDS = 3;

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path serviceJar = Path.of(args.length > 0 ? args[0] : "api-gateway/target/fleet-ledger.jar");
        FleetSize size = FleetSize.FULL;
        int clients = 16;
        Path reportFile = null;
        List<String> javaOptions = List.of("-XX:+UseG1GC", "-Xmx512m");
        boolean writesOnly = false;
        boolean streamOnly = false;
        boolean rebuildOnly = false;
        boolean millionOnly = false;
        boolean drainOnly = false;
        boolean fullFleet = false;
        String aotCache = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> size = FleetSize.QUICK;
                case "--writes" -> writesOnly = true;
                case "--stream" -> {
                    streamOnly = true;
                    size = FleetSize.QUICK;
                }
                case "--rebuild" -> {
                    rebuildOnly = true;
                    size = FleetSize.QUICK;
                }
                case "--million" -> {
                    millionOnly = true;
                    size = FleetSize.QUICK;
                }
                case "--drain" -> {
                    drainOnly = true;
                    size = FleetSize.QUICK;
                }
                case "--full" -> fullFleet = true;
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--report" -> reportFile = Path.of(args[++i]);
                case "--java-opts" -> javaOptions = List.of(args[++i].trim().split("\\s+"));
                case "--aot-cache" -> aotCache = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (fullFleet && !streamOnly && !millionOnly) {
            throw new IllegalArgumentException("--full goes with --stream or --million only");
        }
        if (fullFleet) {
            size = FleetSize.FULL;
        }
        if (aotCache != null) {
            javaOptions = Stream.concat(javaOptions.stream(), Stream.of("-XX:AOTCache=" + aotCache)).toList();
        }
        if (reportFile == null) {
            String kind = writesOnly ? "WRITES" : streamOnly ? "STREAM" : rebuildOnly ? "REBUILD" : millionOnly ? "MILLION"
                    : drainOnly ? "DRAIN" : size.name();
            reportFile = Path.of("benchmarks", "target", "report-" + kind + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        }
        if (writesOnly) {
            runWritePath(serviceJar, reportFile, javaOptions);
        } else if (streamOnly) {
            runStream(size, clients, serviceJar, reportFile, javaOptions);
        } else if (rebuildOnly) {
            runRebuild(size, clients, serviceJar, reportFile, javaOptions);
        } else if (millionOnly) {
            runMillion(size, clients, serviceJar, reportFile, javaOptions);
        } else if (drainOnly) {
            runDrain(size, clients, serviceJar, reportFile, javaOptions);
        } else {
            run(size, clients, serviceJar, reportFile, javaOptions);
        }
    }

    private static void runWritePath(Path serviceJar, Path reportFile, List<String> javaOptions) throws Exception {
        Report report = new Report();
        System.out.println("Write path only; service JVM options: " + String.join(" ", javaOptions));
        try (ServiceProcess service = ServiceProcess.start(serviceJar, javaOptions)) {
            report.fact("Service JVM options: " + String.join(" ", javaOptions));
            report.fact("Service started in " + service.startupMillis() + " ms (fresh data directory, initdb included)");
            WritePathMeasurements.run(report, service.api(), service.databaseUrl(), WRITE_PATH_SECONDS,
                    WRITES_ONLY_WARM_UP_SECONDS);
            report.fact("Service memory after the run: JVM RSS " + service.jvmRssMiB() + " MiB");
        }
        printAndWrite(report, reportFile);
    }

    /**
     * The change stream's latency on the quick fleet (or the full one): as many writes as the measurement's,
     * at its pace, compile the variable writes of fleet hosts first. Then the backlog's drain into a new
     * topic, over the log those writes leave: on the full fleet, most of them change a host the
     * publisher has not kept, as in the full run. Last, the backlog a broker outage leaves (ADR 0045).
     */
    private static void runStream(FleetSize size, int clients, Path serviceJar, Path reportFile,
                                  List<String> javaOptions) throws Exception {
        runOnAFleet("The change stream's latency over the " + size.name() + " fleet", size, clients, serviceJar,
                reportFile, javaOptions, (report, running, fleet) -> {
                    Api api = running.service().api();
                    StreamMeasurements.latency(new Report(), api, fleet.hosts(), STREAM_WRITES_PER_SECOND,
                            STREAM_SECONDS);
                    StreamMeasurements.latency(report, api, fleet.hosts(), STREAM_WRITES_PER_SECOND,
                            STREAM_SECONDS);
                    report.fact("Service memory after the run: JVM RSS " + running.service().jvmRssMiB() + " MiB");
                    running.replacedBy(StreamMeasurements.drain(report, running.service()));
                    running.replacedBy(StreamMeasurements.backlog(report, running.service(), fleet.hosts(),
                            WritePathMeasurements.CLIENTS, OUTAGE_SECONDS));
                });
    }

    private static void runRebuild(FleetSize size, int clients, Path serviceJar, Path reportFile,
                                   List<String> javaOptions) throws Exception {
        runOnAFleet("Rebuild only, over the quick fleet's log", size, clients, serviceJar, reportFile, javaOptions,
                (report, running, fleet) -> {
                    // the rebuilds run in a service started on the generated log: in the JVM that generated it,
                    // the same rebuild took anywhere from 8 to 12 s (ADR 0025)
                    running.restartWith(Map.of());
                    for (int i = 0; i < REBUILDS; i++) {
                        LedgerMeasurements.rebuild(report, running.service().api());
                    }
                });
    }

    private static void runMillion(FleetSize size, int clients, Path serviceJar, Path reportFile,
                                   List<String> javaOptions) throws Exception {
        String title = "The ledger's measurements, then again with the " + size.name().toLowerCase(Locale.ROOT)
                + " fleet's log filled to a million events";
        runOnAFleet(title, size, clients, serviceJar, reportFile, javaOptions, (report, running, fleet) -> {
            Random random = new Random(42);
            LedgerMeasurements.run(report, running.service().api(), fleet.hosts(), random);
            LedgerMeasurements.atAMillionEvents(report, running.service(), fleet.hosts(), random);
        });
    }

    /**
     * The change stream's backlog over a log of a million events: published by the running service as the
     * log is filled, then into a new topic by the service restarted once a rebuild has brought its read
     * models up to the log's head, so that nothing else runs beside the publisher.
     */
    private static void runDrain(FleetSize size, int clients, Path serviceJar, Path reportFile,
                                 List<String> javaOptions) throws Exception {
        runOnAFleet("The change stream's backlog over the quick fleet's log filled to a million events", size,
                clients, serviceJar, reportFile, javaOptions, (report, running, fleet) -> {
                    LedgerMeasurements.fillToAMillion(report, running.service());
                    LedgerMeasurements.rebuild(report, running.service().api());
                    running.replacedBy(StreamMeasurements.drain(report, running.service()));
                });
    }

    /** The service a mode measures: a restart replaces it, so that the one stopped at the end is the last. */
    private static final class RunningService {

        private ServiceProcess service;

        RunningService(ServiceProcess service) {
            this.service = service;
        }

        ServiceProcess service() {
            return service;
        }

        void restartWith(Map<String, String> settings) throws Exception {
            replacedBy(service.restartWith(settings));
        }

        /** {@code restarted}: this service, stopped and started again by a measurement. */
        void replacedBy(ServiceProcess restarted) {
            service = restarted;
        }
    }

    /** What a mode measures once its fleet is generated. */
    private interface FleetMeasurements {
        void measure(Report report, RunningService running, FleetGenerator fleet) throws Exception;
    }

    private static void reportGeneration(Report report, FleetSize size, FleetGenerator fleet) {
        report.fact(String.format("Generated %,d hosts in %.1f s (%.0f hosts/s)", size.hosts(),
                fleet.hostsMillis() / 1000.0, size.hosts() / (fleet.hostsMillis() / 1000.0)));
    }

    /** Starts the service, generates the fleet, runs {@code measurements}, stops the service and reports. */
    private static void runOnAFleet(String title, FleetSize size, int clients, Path serviceJar, Path reportFile,
                                    List<String> javaOptions, FleetMeasurements measurements) throws Exception {
        Report report = new Report();
        System.out.println(title + "; service JVM options: " + String.join(" ", javaOptions));
        RunningService running = new RunningService(ServiceProcess.start(serviceJar, javaOptions));
        try {
            report.fact("Service JVM options: " + String.join(" ", javaOptions));
            FleetGenerator fleet = new FleetGenerator(running.service().api(), size, clients);
            fleet.generate();
            reportGeneration(report, size, fleet);
            measurements.measure(report, running, fleet);
        } finally {
            running.service().close();
        }
        printAndWrite(report, reportFile);
    }

    private static void printAndWrite(Report report, Path reportFile) throws IOException {
        report.fact("The run took " + report.elapsed() + ", from the service's first start to this report");
        System.out.println();
        System.out.print(report.markdown());
        report.write(reportFile);
        System.out.println("Report written to " + reportFile);
    }

    private static void run(FleetSize size, int clients, Path serviceJar, Path reportFile, List<String> javaOptions)
            throws Exception {
        Report report = new Report();
        System.out.printf("Fleet: %s, %,d hosts in %d cells, %d regions, %d clouds, %,d variables%n", size.name(),
                size.hosts(), size.cells(), size.regions(), size.clouds(), size.variables());
        System.out.println("Service JVM options: " + String.join(" ", javaOptions));
        ServiceProcess service = ServiceProcess.start(serviceJar, javaOptions);
        try {
            report.fact("Service JVM options: " + String.join(" ", javaOptions));
            report.fact("Service started in " + service.startupMillis() + " ms (fresh data directory, initdb included)");
            Api api = service.api();
            FleetGenerator fleet = new FleetGenerator(api, size, clients);
            fleet.generate();
            report.latency("create host with 10 variables", clients, fleet.hostCreates(),
                    fleet.hostsMillis() / 1000.0, "");
            reportGeneration(report, size, fleet);
            Random random = new Random(42);
            List<Long> hosts = fleet.hosts();

            IntFunction<String> oneHost = i ->
                    "/v1/hosts/" + hosts.get(random.nextInt(hosts.size())) + "/variables?resolved-values=true";
            IntFunction<String> pageOfHosts = i ->
                    "/v1/hosts?details=true&limit=100&marker=" + hosts.get(random.nextInt(hosts.size() - 200));
            IntFunction<String> inheritedSearch = i ->
                    "/v1/hosts?limit=100&vars=" + encode("dns:\"dns-" + random.nextInt(size.regions()) + "\"");
            measure(report, "GET one host's resolved variables, requests 3,001 to 6,000", LATENCY_CLIENTS, 3000,
                    oneHost, api, "");
            measure(report, "GET one host's resolved variables", THROUGHPUT_CLIENTS, 3000, oneHost, api, "");
            run(THROUGHPUT_CLIENTS, STEADY_WARM_UP, oneHost, api, new Latencies());
            measure(report, "GET one host's resolved variables, after 32,000", LATENCY_CLIENTS, 0, 3000,
                    oneHost, api, "p99 <= 10 ms");
            measure(report, "list 100 hosts, details and resolved values", LATENCY_CLIENTS, 500, pageOfHosts, api,
                    "p99 <= 50 ms");
            measure(report, "vars filter on an inherited key, all hosts", LATENCY_CLIENTS, 500, inheritedSearch, api,
                    "p95 <= 100 ms");

            regionChange(report, api, fleet, size);
            LedgerMeasurements.run(report, api, hosts, random);
            int writePathSeconds = size == FleetSize.QUICK ? WRITE_PATH_SECONDS / 2 : WRITE_PATH_SECONDS;
            WritePathMeasurements.run(report, api, service.databaseUrl(), writePathSeconds, writePathSeconds);
            // after the write path, whose warm-up has compiled variable writes: the rate the issue names;
            // --quick sends 10,000 writes, to stay under its 5 minutes (--stream measures 30,000 alone)
            StreamMeasurements.latency(report, api, hosts, STREAM_WRITES_PER_SECOND,
                    size == FleetSize.QUICK ? 10 : 60);
            report.fact("Service memory after the run: JVM RSS " + service.jvmRssMiB() + " MiB (target <= 1024), "
                    + "embedded PostgreSQL processes " + service.databaseRssMiB() + " MiB (proportional set size)");
            service = StreamMeasurements.drain(report, service);
            if (size == FleetSize.FULL) {
                LedgerMeasurements.atAMillionEvents(report, service, hosts, random);
            }
        } finally {
            service.close();
        }
        printAndWrite(report, reportFile);
    }

    /**
     * {@code samples} GETs spread over {@code clients} clients, after as many to warm up: the service's
     * JIT is still compiling the read path after a few hundred requests, and the target is the latency
     * of a service that has been running.
     */
    static void measure(Report report, String operation, int clients, int samples, IntFunction<String> path,
                                Api api, String target) throws Exception {
        measure(report, operation, clients, samples, samples, path, api, target);
    }

    /** {@code samples} GETs spread over {@code clients} clients, after {@code warmUp} unmeasured ones. */
    private static void measure(Report report, String operation, int clients, int warmUp, int samples,
                                IntFunction<String> path, Api api, String target) throws Exception {
        run(clients, warmUp, path, api, new Latencies());
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        run(clients, samples, path, api, latencies);
        report.latency(operation, clients, latencies, (System.nanoTime() - started) / 1e9, target);
    }

    private static void run(int clients, int samples, IntFunction<String> path, Api api, Latencies latencies)
            throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                String target = path.apply(i);
                calls.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    api.fetch(target);
                    latencies.add(System.nanoTime() - t0);
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
    }

    /**
     * Changes an inherited variable of one region and times the write: its acknowledgement waits until
     * the read models include the change, resolved variables of every host of the region included.
     * Then every host of the region is checked to resolve the new value.
     */
    private static void regionChange(Report report, Api api, FleetGenerator fleet, FleetSize size) {
        Latencies writes = new Latencies();
        int regionIndex = 3;
        long region = fleet.regions().get(regionIndex);
        long started = System.nanoTime();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            api.call("PUT", "/v1/regions/" + region + "/variables",
                    "{\"dns\": \"dns-" + regionIndex + "-v" + round + "\"}", 200);
            writes.add(System.nanoTime() - t0);
        }
        report.latency("region variable change, acknowledged with all its hosts resolved", 1, writes,
                (System.nanoTime() - started) / 1e9, "all hosts within 5 s");
        int found = 0;
        String marker = "";
        while (true) {
            JsonNode page = api.get("/v1/hosts?limit=100&vars=" + encode("dns:\"dns-" + regionIndex + "-v4\"") + marker);
            JsonNode items = page.get("hosts");
            found += items.size();
            if (items.size() < 100) {
                break;
            }
            marker = "&marker=" + items.get(items.size() - 1).get("id").longValue();
        }
        if (found != size.hostsPerRegion()) {
            throw new IllegalStateException("after the change " + found + " hosts resolve the new value, not "
                    + size.hostsPerRegion());
        }
        report.fact(String.format("After the region change, all %,d hosts of the region resolve the new value "
                + "(checked through the vars filter)", found));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
