package org.fleetledger.gateway.config;

import com.zaxxer.hikari.HikariConfig;

/** Settings shared by the connection pools of both database modes. */
final class DatabasePool {

    static final String NAME = "fleet-ledger";
    /** Requests, one connection per event processor, and headroom for the bootstrap and health checks. */
    static final int MAXIMUM_SIZE = 16;
    /** How long a request waits for a connection before it answers 503: while the database is away, not for ever. */
    static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

    private DatabasePool() {
    }

    /**
     * The pool's size and name, and custom plans for every statement: the driver prepares statements on
     * the server after a few uses, and PostgreSQL may then keep one generic plan for all values. For
     * searches whose selectivity depends on the value (a {@code vars} filter matching 500 hosts or
     * 50,000), a generic plan that walks every host in list order was measured at 24 s where the plan
     * for the actual value takes 0.2 s; planning each time costs about a millisecond.
     */
    static void configure(HikariConfig config) {
        config.setMaximumPoolSize(MAXIMUM_SIZE);
        config.setPoolName(NAME);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
    }
}
