package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

/** Values of {@code key} in the project are no longer checked against a schema. */
public record VariableSchemaDeleted(ProjectId projectId, String key) implements VariableSchemaEvent {
}
