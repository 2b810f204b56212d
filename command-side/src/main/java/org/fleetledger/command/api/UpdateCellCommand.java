package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;

public record UpdateCellCommand(@TargetAggregateIdentifier CellId cellId, ProjectScope scope, Patch<String> name,
                                 Patch<String> note) {
}
