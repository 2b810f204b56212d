package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import java.util.UUID;

/** The owners that resolution names by something other than a resource id. */
public final class VariableChains {

    private VariableChains() {
    }

    /** The owner of a label's variables in a project: {@code <project uuid>:<label>}. */
    public static VariableOwner label(UUID projectId, String label) {
        return new VariableOwner(OwnerType.LABEL, projectId + ":" + label);
    }
}
