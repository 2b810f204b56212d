package org.fleetledger.benchmarks;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service jar run as a child process on a fresh data directory (with its embedded PostgreSQL),
 * as an operator would run it: {@code java -jar}, configured by environment variables.
 */
final class ServiceProcess implements AutoCloseable {

    static final String ROOT_USER = "bootstrap";
    static final String ROOT_KEY = "b3c4e5f60718293a4b5c6d7e8f901a2b";

    private static final Pattern EMBEDDED_DATABASE = Pattern.compile("embedded PostgreSQL started on port (\\d+)");

    private final Process process;
    private final int port;
    private final UUID project;
    private final Path log;
    private final Path jar;
    private final Path dataDir;
    private final List<String> javaOptions;
    private final long startupMillis;
    private final OutageBroker broker;

    private ServiceProcess(Path jar, Path dataDir, List<String> javaOptions, UUID project, Map<String, String> settings,
                           OutageBroker broker) throws IOException, InterruptedException {
        port = FreePorts.next();
        this.broker = broker;
        this.jar = jar;
        this.dataDir = dataDir;
        this.javaOptions = javaOptions;
        this.project = project;
        log = dataDir.resolve("service-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("FLEET_DATA_DIR", dataDir.toString());
        builder.environment().put("FLEET_HTTP_PORT", Integer.toString(port));
        builder.environment().put("FLEET_BOOTSTRAP_PROJECT_ID", project.toString());
        builder.environment().put("FLEET_BOOTSTRAP_ROOT_USER", ROOT_USER);
        builder.environment().put("FLEET_BOOTSTRAP_ROOT_KEY", ROOT_KEY);
        builder.environment().remove("FLEET_DB_URL");
        builder.environment().put("FLEET_KAFKA_PORT", Integer.toString(FreePorts.next()));
        builder.environment().putAll(settings);
        long started = System.nanoTime();
        process = builder.start();
        awaitReady();
        startupMillis = (System.nanoTime() - started) / 1_000_000;
        ServiceCpu.watch(process.pid(), dataDir);
    }

    static ServiceProcess start(Path jar, List<String> javaOptions) throws IOException, InterruptedException {
        return new ServiceProcess(jar, Files.createTempDirectory("fleet-ledger-bench-"), javaOptions,
                UUID.randomUUID(), Map.of(), null);
    }

    /**
     * Stops this service and starts it again on the same data, with these settings added to its
     * environment; a broker of the benchmark's own it was restarted on stays its to close.
     */
    ServiceProcess restartWith(Map<String, String> settings) throws IOException, InterruptedException {
        stop();
        return new ServiceProcess(jar, dataDir, javaOptions, project, settings, broker);
    }

    /**
     * Stops this service and starts it again on the same data, publishing its change stream to
     * {@code topic} on {@code broker}, a broker of the benchmark's own; the service closes it after itself.
     */
    ServiceProcess restartOn(OutageBroker broker, String topic) throws IOException, InterruptedException {
        stop();
        return new ServiceProcess(jar, dataDir, javaOptions, project, Map.of("FLEET_KAFKA_BOOTSTRAP_SERVERS",
                broker.bootstrapServers(), "FLEET_KAFKA_TOPIC", topic), broker);
    }

    Api api() {
        return new Api(baseUrl(), project, ROOT_USER, ROOT_KEY);
    }

    long startupMillis() {
        return startupMillis;
    }

    long pid() {
        return process.pid();
    }

    /** The resident memory of the service's JVM, in MiB. */
    long jvmRssMiB() {
        return Memory.rssKiB(process.pid()) / 1024;
    }

    /**
     * The memory of the embedded PostgreSQL's processes together, in MiB: the server on this run's data
     * directory and its backends, each shared page divided among them (proportional set size).
     */
    long databaseRssMiB() {
        return databaseServer(dataDir).stream()
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                .mapToLong(handle -> Memory.pssKiB(handle.pid()))
                .sum() / 1024;
    }

    /** The embedded PostgreSQL server on a service's data directory, found by its command line. */
    static Optional<ProcessHandle> databaseServer(Path dataDir) {
        String dataDirectory = dataDir.resolve("pg").toString();
        return ProcessHandle.allProcesses()
                .filter(handle -> handle.info().commandLine().map(line -> line.contains(dataDirectory)).orElse(false))
                .findFirst();
    }

    /** The JDBC address of the service's embedded PostgreSQL, from the line its start logs. */
    String databaseUrl() throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(EMBEDDED_DATABASE::matcher).filter(Matcher::find).findFirst()
                    .map(found -> "jdbc:postgresql://localhost:" + found.group(1) + "/postgres?user=postgres")
                    .orElseThrow(() -> new IllegalStateException("the service's log names no embedded database: "
                            + log));
        }
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not ready within 3 minutes; see " + log);
    }

    /** Stops the service as Ctrl-C would (SIGTERM), so that it stops its database in order. */
    private void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Stops the service and removes its database and broker data (gigabytes on the full fleet), and the
     * benchmark's broker it was restarted on, if any; the service's logs stay in the data directory.
     */
    @Override
    public void close() throws InterruptedException, IOException {
        stop();
        if (broker != null) {
            broker.close();
        }
        for (String generated : List.of("pg", "kafka")) {
            FileSystemUtils.deleteRecursively(dataDir.resolve(generated));
        }
    }
}
