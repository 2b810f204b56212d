package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

public record SetRegionVariablesCommand(@TargetAggregateIdentifier RegionId regionId, ProjectScope scope,
                                        Map<String, Object> variables) {
}
