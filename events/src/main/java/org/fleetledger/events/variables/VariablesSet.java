package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/**
 * Top-level keys were set on an owner's own variables, each replacing any previous value whole
 * (a shallow merge). Values are any JSON: maps, lists, strings, numbers, booleans or null; a null
 * value is stored, not removed.
 */
public record VariablesSet(VariableOwner owner, ProjectId projectId, Map<String, Object> values)
        implements VariableEvent {
}
