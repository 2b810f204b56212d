package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cell.CellRestored;

import java.util.Map;

/**
 * Brings a deleted cell back with {@code state}: the fields it had when it was deleted, as the log
 * records them, and its own variables.
 */
public record RestoreCellCommand(CellRestored state, ProjectScope scope, Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public CellId aggregateIdentifier() {
        return state.cellId();
    }
}
