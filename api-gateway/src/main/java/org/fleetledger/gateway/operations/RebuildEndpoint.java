package org.fleetledger.gateway.operations;

import org.fleetledger.query.rebuild.ReadModelRebuild;
import org.fleetledger.query.rebuild.RebuildStatus;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/rebuild}: the progress of the last read-model rebuild (events done and total, rate, ETA). */
@Component
@Endpoint(id = "rebuild")
class RebuildEndpoint {

    private final ReadModelRebuild rebuild;

    RebuildEndpoint(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @ReadOperation
    RebuildStatus status() {
        return rebuild.status();
    }
}
