package org.fleetledger.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a fleet through the API. Every level holds {@code scopeVariables} keys of its own, and some
 * keys are held at several levels so that resolution has overrides to resolve: {@code ntp} at the
 * project, cloud and region, {@code dns} at the region (a value per region), {@code rack} at the cell,
 * and {@code role} at the host.
 */
final class FleetGenerator {

    private final Api api;
    private final FleetSize size;
    private final int clients;
    private final List<Long> clouds = new ArrayList<>();
    private final List<Long> regions = new ArrayList<>();
    private final List<Long> cells = new ArrayList<>();
    private final List<Long> hosts = new ArrayList<>();
    private final Latencies hostCreates = new Latencies();
    private long hostsMillis;

    FleetGenerator(Api api, FleetSize size, int clients) {
        this.api = api;
        this.size = size;
        this.clients = clients;
    }

    void generate() throws Exception {
        api.call("PUT", "/v1/projects/" + api.project() + "/variables",
                variables("project", size.scopeVariables(), "\"ntp\": \"project-ntp\""), 200);
        for (int c = 0; c < size.clouds(); c++) {
            long cloud = api.create("/v1/clouds", "{\"name\": \"cloud-" + c + "\", \"variables\": "
                    + variables("cloud" + c, size.scopeVariables(), "\"ntp\": \"cloud-ntp-" + c + "\"") + "}");
            clouds.add(cloud);
            for (int r = 0; r < size.regionsPerCloud(); r++) {
                int regionNumber = regions.size();
                long region = api.create("/v1/regions", "{\"name\": \"region-" + regionNumber + "\", \"cloud_id\": "
                        + cloud + ", \"variables\": " + variables("region" + regionNumber, size.scopeVariables(),
                        "\"ntp\": \"region-ntp\", \"dns\": \"dns-" + regionNumber + "\"") + "}");
                regions.add(region);
                for (int k = 0; k < size.cellsPerRegion(); k++) {
                    int cellNumber = cells.size();
                    cells.add(api.create("/v1/cells", "{\"name\": \"cell-" + cellNumber + "\", \"cloud_id\": " + cloud
                            + ", \"region_id\": " + region + ", \"variables\": " + variables("cell" + cellNumber,
                            size.scopeVariables(), "\"rack\": \"rack-" + cellNumber + "\"") + "}"));
                }
            }
        }
        createHosts();
    }

    /** Every host of every cell, {@code clients} at a time; each create is timed. */
    private void createHosts() throws Exception {
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        List<Long> created = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < clients; w++) {
                workers.add(pool.submit(() -> {
                    long n;
                    while ((n = next.getAndIncrement()) < size.hosts()) {
                        int cellIndex = (int) (n / size.hostsPerCell());
                        int regionIndex = cellIndex / size.cellsPerRegion();
                        int cloudIndex = regionIndex / size.regionsPerCloud();
                        String body = "{\"name\": \"host-" + n + "\", \"cloud_id\": " + clouds.get(cloudIndex)
                                + ", \"region_id\": " + regions.get(regionIndex) + ", \"cell_id\": "
                                + cells.get(cellIndex) + ", \"ip_address\": \"" + address(n)
                                + "\", \"device_type\": \"server\", \"variables\": "
                                + variables("host", size.hostVariables(), "\"role\": \"role-" + (n % 7) + "\"") + "}";
                        long t0 = System.nanoTime();
                        created.add(api.create("/v1/hosts", body));
                        hostCreates.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        hostsMillis = (System.nanoTime() - started) / 1_000_000;
        hosts.addAll(created);
    }

    /** {@code count} keys in all: the shared ones given, then {@code <prefix>_<i>} up to the count. */
    private static String variables(String prefix, int count, String shared) {
        StringBuilder json = new StringBuilder("{").append(shared);
        int sharedCount = shared.split(",").length;
        for (int i = 0; i < count - sharedCount; i++) {
            json.append(", \"").append(prefix).append('_').append(i).append("\": ").append(i);
        }
        return json.append('}').toString();
    }

    private static String address(long n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    List<Long> regions() {
        return regions;
    }

    List<Long> hosts() {
        return hosts;
    }

    Latencies hostCreates() {
        return hostCreates;
    }

    long hostsMillis() {
        return hostsMillis;
    }
}
