package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

/** A change to one resource's own variables. */
public sealed interface VariableEvent permits VariablesSet, VariablesDeleted {

    VariableOwner owner();

    ProjectId projectId();
}
