package org.fleetledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CPU time the service under measurement uses: its JVM, and its embedded PostgreSQL (the server and
 * its backends, backends that have ended included). Sampled four times a second from Linux's
 * {@code /proc}, so a measurement that has just ended can be given what it cost over its own length.
 * The JVM's JIT compiler threads are counted apart too: while they take a large share, the service is
 * still compiling, and a measurement shows its warm-up rather than its steady state. So are the
 * benchmark's own JVM (the load generator, which shares the machine) and the whole machine's busy time,
 * so that a measurement shows where all of the machine's cores went (ADR 0054).
 */
final class ServiceCpu {

    /**
     * The CPU a measurement cost, in cores (CPU seconds per second) and CPU milliseconds per operation;
     * {@code jitCores} is the part of {@code jvmCores} that the JIT compiler threads used;
     * {@code generatorCores} what the benchmark's own JVM used, and {@code machineCores} what every process
     * of the machine used, all of those included.
     */
    record Use(double jvmCores, double databaseCores, double jvmMillisPerOp, double databaseMillisPerOp,
               double jitCores, double generatorCores, double machineCores) {

        /** The JIT compiler's share of the JVM's CPU, in percent. */
        double jitPercent() {
            return jvmCores == 0 ? 0 : 100 * jitCores / jvmCores;
        }

        /** What neither the service nor the load generator used: the kernel's own threads, other processes. */
        double otherCores() {
            return Math.max(0, machineCores - jvmCores - databaseCores - generatorCores);
        }
    }

    private record Sample(long nanos, long jvmTicks, long databaseTicks, long jitTicks, long generatorTicks,
                          long machineTicks) {
    }

    // /proc counts CPU time in ticks of 1/100 s (USER_HZ) on Linux
    private static final double SECONDS_PER_TICK = 0.01;
    private static final int SAMPLES_KEPT = 4 * 60 * 60;
    /** The benchmark's own JVM: the load generator. */
    private static final long GENERATOR_PID = ProcessHandle.current().pid();
    private static volatile ServiceCpu watched;

    private final long jvmPid;
    private final Path dataDirectory;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private long server; // the PostgreSQL server's pid, once found (only the sampler's thread uses it)
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "service-cpu");
        thread.setDaemon(true);
        return thread;
    });

    private ServiceCpu(long jvmPid, Path dataDirectory) {
        this.jvmPid = jvmPid;
        this.dataDirectory = dataDirectory;
        sampler.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
    }

    /** From now on, measurements are given the CPU of this service (the one started last). */
    static void watch(long jvmPid, Path dataDirectory) {
        ServiceCpu previous = watched;
        watched = new ServiceCpu(jvmPid, dataDirectory);
        if (previous != null) {
            previous.sampler.shutdownNow();
        }
    }

    /**
     * What the watched service used over the last {@code seconds}, for {@code operations} operations;
     * empty when no service is watched or too little was sampled.
     */
    static Optional<Use> lastSeconds(double seconds, long operations) {
        ServiceCpu cpu = watched;
        return cpu == null ? Optional.empty() : cpu.over(seconds, Math.max(1, operations));
    }

    private Optional<Use> over(double seconds, long operations) {
        Sample last;
        Sample first = null;
        synchronized (samples) {
            if (samples.isEmpty()) {
                return Optional.empty();
            }
            last = samples.peekLast();
            long from = last.nanos() - (long) (seconds * 1e9);
            for (Sample sample : samples) {
                if (sample.nanos() >= from) {
                    first = sample;
                    break;
                }
            }
        }
        double wall = (last.nanos() - first.nanos()) / 1e9;
        if (wall < 0.5) {
            return Optional.empty();
        }
        double jvm = (last.jvmTicks() - first.jvmTicks()) * SECONDS_PER_TICK;
        double database = (last.databaseTicks() - first.databaseTicks()) * SECONDS_PER_TICK;
        double jit = Math.max(0, last.jitTicks() - first.jitTicks()) * SECONDS_PER_TICK;
        double generator = (last.generatorTicks() - first.generatorTicks()) * SECONDS_PER_TICK;
        double machine = (last.machineTicks() - first.machineTicks()) * SECONDS_PER_TICK;
        // the operations of the whole measurement, spread over the part of it that was sampled
        double sampledOperations = operations * Math.min(1, wall / seconds);
        return Optional.of(new Use(jvm / wall, database / wall, jvm * 1000 / sampledOperations,
                database * 1000 / sampledOperations, jit / wall, generator / wall, machine / wall));
    }

    private void sample() {
        long jvm = ticks(jvmPid, false);
        long jit = compilerTicks(jvmPid);
        long database = 0;
        if (server <= 0 || !Files.exists(Path.of("/proc", Long.toString(server)))) {
            server = ServiceProcess.databaseServer(dataDirectory).map(ProcessHandle::pid).orElse(0L);
        }
        if (server > 0) {
            database = ticks(server, true);
            for (long backend : children(server)) {
                database += ticks(backend, false);
            }
        }
        long generator = ticks(GENERATOR_PID, false);
        long machine = machineBusyTicks();
        synchronized (samples) {
            samples.addLast(new Sample(System.nanoTime(), jvm, database, jit, generator, machine));
            if (samples.size() > SAMPLES_KEPT) {
                samples.removeFirst();
            }
        }
    }

    /** A process's children, from {@code /proc} (its backends, for the server), without walking every process. */
    private static List<Long> children(long pid) {
        try {
            String listed = Files.readString(
                    Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children"));
            return listed.isBlank() ? List.of()
                    : Stream.of(listed.trim().split(" ")).map(Long::valueOf).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * User and system time of a JVM's JIT compiler threads (HotSpot names them {@code C1 CompilerThread<n>}
     * and {@code C2 CompilerThread<n>}; Linux keeps 15 characters of a thread's name). A compiler thread the
     * JVM stops takes its time with it, so the count may step back; a measurement then counts none for it.
     */
    private static long compilerTicks(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.filter(thread -> {
                try {
                    return Files.readString(thread.resolve("comm")).contains("CompilerThre");
                } catch (IOException e) {
                    return false; // the thread has ended
                }
            }).mapToLong(thread -> ticks(thread.resolve("stat"), false)).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The time all of the machine's cores were busy, from the first line of {@code /proc/stat}: user, nice,
     * system, interrupts, soft interrupts and time stolen by the host; not idle time or time waiting for I/O.
     */
    private static long machineBusyTicks() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] fields = lines.findFirst().orElse("").trim().split(" +");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(fields[field]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * User and system time of a process; with {@code reaped}, also that of its children that have ended
     * (a server's finished backends).
     */
    private static long ticks(long pid, boolean reaped) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"), reaped);
    }

    private static long ticks(Path statFile, boolean reaped) {
        try {
            String stat = Files.readString(statFile);
            // the fields after the command name, which is in parentheses and may hold spaces
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
            return reaped ? ticks + Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14)) : ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
