package org.fleetledger.command.schema;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.fleetledger.command.api.DeleteVariableSchemaCommand;
import org.fleetledger.command.api.SetVariableSchemaCommand;
import org.fleetledger.events.variables.VariableSchemaDeleted;
import org.fleetledger.events.variables.VariableSchemaEvent;
import org.fleetledger.events.variables.VariableSchemaSet;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** The schema of one top-level variable key in one project. */
class VariableSchema {

    @AggregateIdentifier
    private String schemaId;
    private String schema;

    VariableSchema() {
        // for event sourcing, and for the first schema of a key
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetVariableSchemaCommand command, VariableSchemas schemas) {
        if (Objects.equals(command.schema(), schema)) {
            return; // nothing changes, so nothing is recorded
        }
        schemas.put(command.projectId(), command.key(), command.schema());
        apply(new VariableSchemaSet(command.projectId(), command.key(), command.schema()));
    }

    @CommandHandler
    void handle(DeleteVariableSchemaCommand command, VariableSchemas schemas) {
        schemas.remove(command.projectId(), command.key());
        apply(new VariableSchemaDeleted(command.projectId(), command.key()));
    }

    @EventSourcingHandler
    void on(VariableSchemaSet event) {
        identify(event);
        schema = event.schema();
    }

    @EventSourcingHandler
    void on(VariableSchemaDeleted event) {
        identify(event);
        markDeleted();
    }

    private void identify(VariableSchemaEvent event) {
        schemaId = SetVariableSchemaCommand.aggregateIdentifier(event.projectId(), event.key());
    }
}
