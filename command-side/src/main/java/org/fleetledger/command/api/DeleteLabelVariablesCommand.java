package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

import java.util.List;

/** Removes keys from a label's variables in the caller's own project. */
public record DeleteLabelVariablesCommand(ProjectId projectId, String label, List<String> keys) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return LabelScopes.aggregateIdentifier(projectId, label);
    }
}
