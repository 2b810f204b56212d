package org.fleetledger.events.variables;

import java.util.Objects;

/** The resource whose own variables an event changes: its type and its id as text (projects have UUIDs). */
public record VariableOwner(OwnerType type, String id) {

    public VariableOwner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
