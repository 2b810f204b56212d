package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkRestored;

import java.util.Map;

/**
 * Brings a deleted network back with {@code state}: the fields it had when it was deleted, as the log
 * records them, and its own variables.
 */
public record RestoreNetworkCommand(NetworkRestored state, ProjectScope scope, Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public NetworkId aggregateIdentifier() {
        return state.networkId();
    }
}
