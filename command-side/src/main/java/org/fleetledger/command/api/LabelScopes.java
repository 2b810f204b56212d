package org.fleetledger.command.api;

import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.VariableOwner;

/**
 * A label's variables belong to the label within one project: the same label in two projects is two
 * scopes. Both the aggregate and the variables' owner are named by project and label.
 */
public final class LabelScopes {

    private LabelScopes() {
    }

    public static String aggregateIdentifier(ProjectId project, String label) {
        return "label:" + owner(project, label).id();
    }

    public static VariableOwner owner(ProjectId project, String label) {
        return VariableOwner.label(project, label);
    }
}
