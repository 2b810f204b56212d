package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.region.RegionRestored;

import java.util.Map;

/**
 * Brings a deleted region back with {@code state}: the fields it had when it was deleted, as the log
 * records them, and its own variables.
 */
public record RestoreRegionCommand(RegionRestored state, ProjectScope scope, Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public RegionId aggregateIdentifier() {
        return state.regionId();
    }
}
