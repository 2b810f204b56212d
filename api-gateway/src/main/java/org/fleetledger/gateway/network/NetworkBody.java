package org.fleetledger.gateway.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.network.NetworkView;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A network in responses: Craton's field list exactly, {@code variables} where the facts put it. */
record NetworkBody(Long cellId, String cidr, long cloudId, OffsetDateTime createdAt, String gateway, long id,
                   String ipBlockType, String name, String netmask, String nss, UUID projectId, long regionId,
                   OffsetDateTime updatedAt,
                   @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables) {

    static NetworkBody of(NetworkView view, VariableMap variables) {
        return new NetworkBody(view.cellId(), view.cidr(), view.cloudId(), view.createdAt(), view.gateway(),
                view.id(), view.ipBlockType(), view.name(), view.netmask(), view.nss(), view.projectId(),
                view.regionId(), view.updatedAt(), variables);
    }
}
