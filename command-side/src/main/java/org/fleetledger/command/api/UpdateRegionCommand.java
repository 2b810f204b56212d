package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.region.RegionId;

public record UpdateRegionCommand(@TargetAggregateIdentifier RegionId regionId, ProjectScope scope, Patch<String> name,
                                 Patch<String> note) {
}
