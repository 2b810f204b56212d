package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

/** {@code note} may be null; {@code variables} may be empty, never null. */
public record CreateCellCommand(@TargetAggregateIdentifier CellId cellId, ProjectId projectId, CloudId cloudId,
                                RegionId regionId, String name, String note, Map<String, Object> variables) {
}
