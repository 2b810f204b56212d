package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;

import java.util.Map;

public record SetCellVariablesCommand(@TargetAggregateIdentifier CellId cellId, ProjectScope scope,
                                        Map<String, Object> variables) {
}
