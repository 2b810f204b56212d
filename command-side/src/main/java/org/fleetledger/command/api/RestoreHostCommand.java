package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.HostRestored;

import java.util.List;
import java.util.Map;

/**
 * Brings a deleted host back with {@code state}: the fields it had when it was deleted, as the log
 * records them, its labels and its own variables.
 */
public record RestoreHostCommand(HostRestored state, ProjectScope scope, List<String> labels,
        Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.host(state.deviceId());
    }
}
