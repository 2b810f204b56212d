package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

import java.util.Objects;
import java.util.UUID;

/** The resource whose own variables an event changes: its type and its id as text (projects have UUIDs). */
public record VariableOwner(OwnerType type, String id) {

    /** A UUID's text length: a label owner's id is the project's UUID, a colon, then the label. */
    private static final int UUID_LENGTH = 36;

    public VariableOwner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** The owner of a label's variables in a project: the same label in two projects is two owners. */
    public static VariableOwner label(ProjectId project, String label) {
        return new VariableOwner(OwnerType.LABEL, project.text() + ":" + label);
    }

    /** The project of a label owner. */
    public UUID labelProject() {
        return UUID.fromString(id.substring(0, UUID_LENGTH));
    }

    /** The label of a label owner. */
    public String labelName() {
        return id.substring(UUID_LENGTH + 1);
    }
}
