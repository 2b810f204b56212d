package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;

public record DeleteCellCommand(@TargetAggregateIdentifier CellId cellId, ProjectScope scope) {
}
