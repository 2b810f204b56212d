package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.network.NetworkInterfaceRestored;

import java.util.Map;

/**
 * Brings a deleted network interface back with {@code state}: the fields it had when it was deleted, as the log
 * records them, and its own variables.
 */
public record RestoreNetworkInterfaceCommand(NetworkInterfaceRestored state, ProjectScope scope,
                                             Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public NetworkInterfaceId aggregateIdentifier() {
        return state.interfaceId();
    }
}
