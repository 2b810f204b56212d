package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

/** Every value of {@code key} in the project must now satisfy {@code schema}, a JSON Schema document (JSON text). */
public record VariableSchemaSet(ProjectId projectId, String key, String schema) implements VariableSchemaEvent {
}
