package org.fleetledger.gateway.config;

/** Settings shared by the connection pools of both database modes. */
final class DatabasePool {

    static final String NAME = "fleet-ledger";
    /** Requests, one connection per event processor, and headroom for the bootstrap and health checks. */
    static final int MAXIMUM_SIZE = 16;

    private DatabasePool() {
    }
}
