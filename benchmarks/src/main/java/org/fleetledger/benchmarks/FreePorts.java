package org.fleetledger.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports the benchmark gives the service to listen on. The service binds them a few seconds later,
 * while its embedded database and broker pick ports of their own by binding port 0. A port taken from
 * the range the system hands out for port 0 could be handed to them in between ("Port … already in
 * use"). So where the system tells its range (Linux), the ports are taken below it, free when
 * checked; elsewhere, as the system hands them out.
 */
final class FreePorts {

    /** The lowest port taken below the system's range: above the well-known and most registered ones. */
    private static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {
    }

    static int next() throws IOException {
        int below = ephemeralStart();
        for (int attempt = 0; below - LOWEST > 1_000 && attempt < 100; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (free(candidate)) {
                return candidate;
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first port the system hands out for port 0, or {@link #LOWEST} if it does not say. */
    private static int ephemeralStart() {
        try {
            // read by lines: a file of /proc has no size, and a read of the whole file by its size stops short
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).getFirst().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return LOWEST;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
