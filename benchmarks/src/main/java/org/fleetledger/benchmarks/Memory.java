package org.fleetledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from Linux's {@code /proc}. */
final class Memory {

    private Memory() {
    }

    /** {@code VmRSS} of the process in KiB, or 0 where {@code /proc} does not tell (not Linux, process gone). */
    static long rssKiB(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /**
     * The proportional set size in KiB: resident memory with each shared page divided among the
     * processes sharing it, so that a server's processes add up to what they really hold.
     */
    static long pssKiB(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    private static long field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
