package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/** Variables of a label in the caller's own project. */
public record SetLabelVariablesCommand(ProjectId projectId, String label, Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return LabelScopes.aggregateIdentifier(projectId, label);
    }
}
