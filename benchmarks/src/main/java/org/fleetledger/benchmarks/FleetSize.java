package org.fleetledger.benchmarks;

/**
 * The fleet a run generates: clouds, regions per cloud, cells per region and hosts per cell, with the
 * variables of each level (the project, each cloud, region and cell own {@code scopeVariables} keys,
 * each host {@code hostVariables}).
 */
record FleetSize(String name, int clouds, int regionsPerCloud, int cellsPerRegion, int hostsPerCell,
                 int scopeVariables, int hostVariables) {

    /** 100,000 hosts in 500 cells, 20 regions and 2 clouds: about 1.2 million variables. */
    static final FleetSize FULL = new FleetSize("full", 2, 10, 25, 200, 20, 10);
    /** About ten times smaller: 10,000 hosts in 50 cells. */
    static final FleetSize QUICK = new FleetSize("quick", 2, 10, 5, 100, 20, 10);

    int regions() {
        return clouds * regionsPerCloud;
    }

    int cells() {
        return regions() * cellsPerRegion;
    }

    int hosts() {
        return cells() * hostsPerCell;
    }

    int hostsPerRegion() {
        return cellsPerRegion * hostsPerCell;
    }

    long variables() {
        return (long) hosts() * hostVariables + (1L + clouds + regions() + cells()) * scopeVariables;
    }
}
