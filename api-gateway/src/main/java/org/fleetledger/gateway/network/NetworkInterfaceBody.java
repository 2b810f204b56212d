package org.fleetledger.gateway.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.network.NetworkInterfaceView;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A network interface in responses: Craton's field list exactly, {@code device_id} and
 * {@code network_id} always present, {@code variables} only on a GET by id.
 */
record NetworkInterfaceBody(String cdp, OffsetDateTime createdAt, long deviceId, String duplex, long id,
                            String interfaceType, String ipAddress, String link, String name, Long networkId,
                            Long port, UUID projectId, String security, Long speed, OffsetDateTime updatedAt,
                            String vlan, Long vlanId,
                            @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables) {

    static NetworkInterfaceBody of(NetworkInterfaceView view, VariableMap variables) {
        return new NetworkInterfaceBody(view.cdp(), view.createdAt(), view.deviceId(), view.duplex(), view.id(),
                view.interfaceType(), view.ipAddress(), view.link(), view.name(), view.networkId(), view.port(),
                view.projectId(), view.security(), view.speed(), view.updatedAt(), view.vlan(), view.vlanId(),
                variables);
    }
}
