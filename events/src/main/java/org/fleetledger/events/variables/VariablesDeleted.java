package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

import java.util.List;

/** Keys were removed from an owner's own variables; keys that were not there are listed all the same. */
public record VariablesDeleted(VariableOwner owner, ProjectId projectId, List<String> keys) implements VariableEvent {
}
