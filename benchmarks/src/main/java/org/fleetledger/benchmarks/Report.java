package org.fleetledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The results of a run: one row per operation, printed as a table and written as Markdown. */
final class Report {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final long started = System.nanoTime();

    /**
     * A row for a measurement that has just ended, after {@code seconds}; with it, what the service (its
     * JVM and its PostgreSQL) used of the CPU meanwhile, in cores and in milliseconds per operation.
     */
    void latency(String operation, int clients, Latencies latencies, double seconds, String target) {
        latency(operation, clients, latencies, seconds, ServiceCpu.lastSeconds(seconds, latencies.count()), target);
    }

    /** A row for a measurement that ended earlier, with the CPU taken when it ended. */
    void latency(String operation, int clients, Latencies latencies, double seconds, Optional<ServiceCpu.Use> cpu,
                 String target) {
        rows.add(new String[] {operation, Integer.toString(clients), Integer.toString(latencies.count()),
                format(latencies.count() / seconds), format(latencies.percentileMillis(50)),
                format(latencies.percentileMillis(95)), format(latencies.percentileMillis(99)),
                cpu.map(use -> String.format(Locale.ROOT, "%.2f + %.2f", use.jvmCores(), use.databaseCores()))
                        .orElse(""),
                cpu.map(use -> String.format(Locale.ROOT, "%.2f + %.2f", use.jvmMillisPerOp(),
                        use.databaseMillisPerOp())).orElse(""),
                target});
    }

    void fact(String fact) {
        facts.add(fact);
    }

    /** How long the run has taken since this report was made, at its start (the build not included). */
    String elapsed() {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| Operation | Clients | Samples | Throughput (/s) | p50 (ms) | p95 (ms) | p99 (ms) "
                + "| Service CPU, JVM + PostgreSQL (cores) | CPU per operation (ms) | Target |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (String[] row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        text.append('\n');
        facts.forEach(fact -> text.append("- ").append(fact).append('\n'));
        return text.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }
}
