package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

/** A change to the schema that a top-level variable key must satisfy in a project, at every scope. */
public sealed interface VariableSchemaEvent permits VariableSchemaSet, VariableSchemaDeleted {

    ProjectId projectId();

    String key();
}
