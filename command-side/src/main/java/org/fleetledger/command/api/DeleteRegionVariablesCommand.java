package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.region.RegionId;

import java.util.List;

public record DeleteRegionVariablesCommand(@TargetAggregateIdentifier RegionId regionId, ProjectScope scope,
                                           List<String> keys) {
}
