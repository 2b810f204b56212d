package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.region.RegionId;

public record DeleteRegionCommand(@TargetAggregateIdentifier RegionId regionId, ProjectScope scope) {
}
