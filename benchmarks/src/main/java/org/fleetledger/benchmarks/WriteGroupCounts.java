package org.fleetledger.benchmarks;

/** The service's counters of group commit (ADR 0036) at one moment: groups formed and writes in them. */
record WriteGroupCounts(double groups, double writes) {

    static WriteGroupCounts read(Api api) {
        return new WriteGroupCounts(counter(api, "fleet.write_groups.groups"), counter(api, "fleet.write_groups.writes"));
    }

    /** The mean number of writes per group between {@code earlier} and this; 0 when no group formed. */
    double meanSizeSince(WriteGroupCounts earlier) {
        double formed = groups - earlier.groups;
        return formed == 0 ? 0 : (writes - earlier.writes) / formed;
    }

    private static double counter(Api api, String name) {
        return api.get("/actuator/metrics/" + name).get("measurements").get(0).get("value").doubleValue();
    }
}
