package org.fleetledger.gateway.http;

import org.fleetledger.gateway.config.FleetProperties;
import org.fleetledger.query.progress.ReadModelProgress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A read that must see the log up to a position waits, bounded, for the read models to get there; else 503. */
@Component
public class ReadModelWait {

    private final ReadModelProgress progress;
    private final FleetProperties properties;

    ReadModelWait(ReadModelProgress progress, FleetProperties properties) {
        this.progress = progress;
        this.properties = properties;
    }

    public void untilPosition(long position) {
        if (!progress.awaitPosition(position, properties.readTimeout())) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "The read models have not reached position "
                    + position + " within " + properties.readTimeout().toMillis() + " ms; try again.");
        }
    }
}
