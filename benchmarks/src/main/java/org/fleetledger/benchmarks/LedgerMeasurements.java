package org.fleetledger.benchmarks;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * What the ledger issue sets targets for, on the generated fleet: the first page of the history of a
 * host with 1,000 changes, one host's resolved variables at a past position ({@code as_of}), a
 * page of hosts as they were, and the rate of a rebuild of every read model from the log; on the full
 * fleet, all of it again once the log holds a million events.
 */
final class LedgerMeasurements {

    private static final int CHANGES = 1_000;
    private static final long MILLION = 1_000_000;

    private LedgerMeasurements() {
    }

    static void run(Report report, Api api, List<Long> hosts, Random random) throws Exception {
        long busy = hosts.getFirst();
        for (int i = 0; i < CHANGES; i++) {
            api.call("PUT", "/v1/hosts/" + busy + "/variables", "{\"counter\": " + i + "}", 200);
        }
        reads(report, api, hosts, random, "");
        rebuild(report, api);
    }

    /**
     * The same reads and the rebuild again, once the log holds a million events ({@link LogFiller}). The
     * first rebuild runs beside the live processors, which are still working through the appended events
     * (the variables processor at some 1,000 events/s), and the second one after them. Both start once the
     * change stream has published the appended events.
     */
    static void atAMillionEvents(Report report, ServiceProcess service, List<Long> hosts, Random random)
            throws Exception {
        fillToAMillion(report, service);
        Api api = service.api();
        rebuild(report, api);
        rebuild(report, api);
        reads(report, api, hosts, random, ", 1 M events");
    }

    /**
     * Fills the log to a million events ({@link LogFiller}), checks its chain, and waits until the change
     * stream has published the appended events: the rate of that publication, from the fill's start, is
     * that of a running service's backlog, beside the fill and the read models' processors.
     */
    static void fillToAMillion(Report report, ServiceProcess service) throws Exception {
        Api api = service.api();
        long publishedBefore = StreamMeasurements.streamPosition(api);
        long started = System.nanoTime();
        LogFiller.Result filled = LogFiller.fill(service.databaseUrl(), MILLION);
        JsonNode verified = api.get("/v1/ledger/verify");
        if (!verified.get("intact").booleanValue()) {
            throw new IllegalStateException("the filled log does not verify: " + verified);
        }
        report.fact(String.format("The log filled to %,d events: %,d events appended in %.1f s (%,.0f events/s), "
                        + "the chain intact", verified.get("events").longValue(), filled.appended(), filled.seconds(),
                filled.rate()));
        // the change stream publishes the appended events too; the rebuilds are measured without it
        long head = verified.get("head_position").longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (StreamMeasurements.streamPosition(api) < head) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the change stream did not publish the appended events in 10 minutes");
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.fact(String.format("Change stream of the running service: %,d events published in %.1f s from the "
                + "fill's start (%,.0f records/s), beside the fill and the read models' processors",
                head - publishedBefore, seconds, (head - publishedBefore) / seconds));
    }

    /** History, {@code as_of} and past lists; {@code suffix} names the log's size in the report. */
    private static void reads(Report report, Api api, List<Long> hosts, Random random, String suffix)
            throws Exception {
        long busy = hosts.getFirst();
        FleetBenchmark.measure(report, "history of a host with 1,000 changes, first page" + suffix, 1, 500,
                i -> "/v1/hosts/" + busy + "/history", api, "p99 <= 20 ms");

        long head = head(api);
        List<String> pastReads = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long host = hosts.get(random.nextInt(hosts.size()));
            long created = api.get("/v1/hosts/" + host + "/history?limit=10").get("history").get(0).get("position")
                    .longValue();
            pastReads.add("/v1/hosts/" + host + "/variables?resolved-values=true&as_of="
                    + (created + (head - created) / 2));
        }
        IntFunction<String> pastRead = i -> pastReads.get(i % pastReads.size());
        FleetBenchmark.measure(report, "as_of resolved variables of one host" + suffix, 1, 3000, pastRead, api,
                "p99 <= 20 ms");
        long middle = head / 2;
        FleetBenchmark.measure(report, "list 100 hosts as they were (as_of)" + suffix, 1, 500,
                i -> "/v1/hosts?limit=100&as_of=" + (middle + i), api, "none set");
        FleetBenchmark.measure(report, "list 100 hosts as they were, with resolved variables" + suffix, 1, 30,
                i -> "/v1/hosts?limit=100&details=true&as_of=" + (middle + i), api, "none set");
        report.fact(String.format("The log held %,d events for the as_of measurements%s", head, suffix));
    }

    /** Rebuilds every read model from the log through the API, waits until it is done and reports its rate. */
    static void rebuild(Report report, Api api) throws InterruptedException {
        Instant started = Instant.now();
        api.call("POST", "/v1/ledger/rebuild", null, 202);
        JsonNode status = api.get("/v1/ledger/rebuild");
        while (!status.get("state").stringValue().equals("done")) {
            if (status.get("state").stringValue().equals("failed")) {
                throw new IllegalStateException("the rebuild failed: " + status);
            }
            Thread.sleep(200);
            status = api.get("/v1/ledger/rebuild");
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        report.fact(String.format("Rebuild of every read model: %,d events in %.1f s, %,.0f events/s "
                        + "(target >= 20,000 events/s), including the switch", status.get("events_done").longValue(),
                seconds, status.get("events_done").longValue() / seconds));
    }

    private static long head(Api api) {
        JsonNode status = api.get("/v1/ledger/verify");
        return status.get("head_position").longValue();
    }
}
