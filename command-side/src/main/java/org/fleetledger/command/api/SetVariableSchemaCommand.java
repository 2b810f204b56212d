package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

/** {@code schema}: a JSON Schema document as JSON text, already checked to compile. */
public record SetVariableSchemaCommand(ProjectId projectId, String key, String schema) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return aggregateIdentifier(projectId, key);
    }

    /** The schema of one key in one project is one aggregate. */
    public static String aggregateIdentifier(ProjectId project, String key) {
        return "variable-schema:" + project.text() + ":" + key;
    }
}
