package org.fleetledger.gateway.support;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

/** Waiting for a rebuild of the read models to finish, through the API. */
public final class Rebuilds {

    private Rebuilds() {
    }

    /** The rebuild's status once it is neither building nor switching (or after two minutes). */
    public static JsonNode awaitIdle(ApiClient root) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode status = root.get("/v1/ledger/rebuild").json();
        while ((status.get("state").stringValue().equals("building")
                || status.get("state").stringValue().equals("switching")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = root.get("/v1/ledger/rebuild").json();
        }
        return status;
    }
}
