package org.fleetledger.command.inventory;

import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;

import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * How every aggregate that owns variables changes them, from inside its command handler: a change
 * with nothing in it records nothing.
 */
public final class OwnVariables {

    private OwnVariables() {
    }

    public static void set(VariableOwner owner, ProjectId project, Map<String, Object> values) {
        if (!values.isEmpty()) {
            apply(new VariablesSet(owner, project, values));
        }
    }

    public static void delete(VariableOwner owner, ProjectId project, List<String> keys) {
        if (!keys.isEmpty()) {
            apply(new VariablesDeleted(owner, project, keys));
        }
    }
}
