package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;

import java.util.List;

public record DeleteCellVariablesCommand(@TargetAggregateIdentifier CellId cellId, ProjectScope scope,
                                           List<String> keys) {
}
