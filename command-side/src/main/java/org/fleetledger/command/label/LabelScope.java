package org.fleetledger.command.label;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.fleetledger.command.api.DeleteLabelVariablesCommand;
import org.fleetledger.command.api.LabelScopes;
import org.fleetledger.command.api.SetLabelVariablesCommand;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.command.inventory.OwnVariableValues;
import org.fleetledger.command.inventory.OwnVariables;
import org.fleetledger.events.variables.VariableEvent;

/**
 * The variables of one label in one project, a scope of resolution between a device's parents and
 * its cell. A label needs no creation: it exists as soon as a device carries it or a variable is set
 * on it, so every command creates the scope if it is missing.
 */
class LabelScope {

    @AggregateIdentifier
    private String scopeId;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    LabelScope() {
        // for event sourcing, and for the first command on a label
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    VariablesAfterWrite handle(SetLabelVariablesCommand command) {
        OwnVariables.set(LabelScopes.owner(command.projectId(), command.label()), command.projectId(),
                command.variables());
        return variables.answer();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeleteLabelVariablesCommand command) {
        OwnVariables.delete(LabelScopes.owner(command.projectId(), command.label()), command.projectId(),
                command.keys());
    }

    @EventSourcingHandler
    void on(VariableEvent event) {
        scopeId = "label:" + event.owner().id();
    }
}
