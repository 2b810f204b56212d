package org.fleetledger.gateway.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An embedded PostgreSQL left running by a service that was killed (SIGKILL gives the service no
 * chance to stop its database): found through the data directory's {@code postmaster.pid}, and
 * stopped before the new one starts on the same data. The database recovers from its own log.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = serverOf(pidFile, dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle postgres = server.get();
        log.warn("an embedded PostgreSQL (pid {}) still runs on {}, left by a service that did not stop; stopping it",
                postgres.pid(), dataDirectory);
        postgres.destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone
        try {
            postgres.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postgres.destroyForcibly();
            postgres.onExit().join();
        }
    }

    /** The live postgres process that the pid file names, when it serves this data directory. */
    private static Optional<ProcessHandle> serverOf(Path pidFile, Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.getFirst().trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres"))
                            .orElse(false))
                    .filter(process -> lines.size() < 2 || Path.of(lines.get(1).trim()).equals(dataDirectory));
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }
}
