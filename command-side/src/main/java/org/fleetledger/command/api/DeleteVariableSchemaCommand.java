package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

public record DeleteVariableSchemaCommand(ProjectId projectId, String key) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return SetVariableSchemaCommand.aggregateIdentifier(projectId, key);
    }
}
