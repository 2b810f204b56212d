package org.fleetledger.gateway.support;

import org.awaitility.core.ConditionTimeoutException;
import org.fleetledger.gateway.FleetLedgerApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as a JVM of its own, on the test's class path, so that a test can kill it (SIGKILL) as a
 * crash would. Its output goes to a log file that the test can read.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern EMBEDDED_POSTGRES = Pattern.compile("embedded PostgreSQL started on port (\\d+)");

    private final Process process;
    private final Path log;
    private final int port;
    private final UUID project;
    private final String key;

    private ServiceProcess(Process process, Path log, int port, UUID project, String key) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.project = project;
        this.key = key;
    }

    /**
     * Starts the service on a free port with the root user {@code bootstrap} of {@code project} and the
     * given settings ({@code --name=value}), and waits until it serves.
     */
    public static ServiceProcess start(Path log, UUID project, String key, List<String> settings) {
        ServiceProcess service = launch(log, project, key, settings);
        service.awaitServing();
        return service;
    }

    /** Starts the service as {@link #start} does, without waiting: see {@link #awaitServing()}. */
    public static ServiceProcess launch(Path log, UUID project, String key, List<String> settings) {
        int port = StandalonePostgres.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), FleetLedgerApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--fleet.bootstrap.project-id=" + project, "--fleet.bootstrap.root-user=bootstrap",
                "--fleet.bootstrap.root-key=" + key));
        command.addAll(settings);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceProcess(process, log, port, project, key);
    }

    /** Waits until the service answers an authenticated request; fails if it exits first. */
    public void awaitServing() {
        ApiClient api = root();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                assertThat(process.isAlive()).as(() -> "the service runs; its log ends with\n" + tail()).isTrue();
                try {
                    return api.get("/v1/clouds").status() == 200;
                } catch (RuntimeException e) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the service did not serve within 120 s; its log ends with\n" + tail(), e);
        }
    }

    /** Whether a token claim's owner is this service: its processors name themselves {@code <pid>@<host>}. */
    public boolean owns(String claimOwner) {
        return claimOwner != null && claimOwner.startsWith(process.pid() + "@");
    }

    public int port() {
        return port;
    }

    public ApiClient root() {
        return ApiClient.as(port, project, "bootstrap", key);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or released. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The port of the embedded PostgreSQL this service started most recently, from its log. */
    public int embeddedPostgresPort() {
        try {
            Matcher last = null;
            for (String line : Files.readAllLines(log)) {
                Matcher matcher = EMBEDDED_POSTGRES.matcher(line);
                if (matcher.find()) {
                    last = matcher;
                }
            }
            assertThat(last).as("the log names the embedded database's port").isNotNull();
            return Integer.parseInt(last.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the service as an operator would (SIGTERM) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
