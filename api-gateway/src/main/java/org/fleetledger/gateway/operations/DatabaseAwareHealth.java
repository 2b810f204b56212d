package org.fleetledger.gateway.operations;

import org.fleetledger.gateway.http.DatabaseUnavailable;
import org.springframework.boot.health.contributor.Health;

import java.util.function.Supplier;

/** A health check that reads the database reports DOWN, not a failure of the endpoint, while it is out of reach. */
public final class DatabaseAwareHealth {

    private DatabaseAwareHealth() {
    }

    public static Health of(Supplier<Health> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            return Health.down().withDetail("error", DatabaseUnavailable.MESSAGE).build();
        }
    }
}
