package org.fleetledger.command.inventory;

import org.fleetledger.command.api.HasDependantsException;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;
import java.util.stream.Collectors;

/** The rules every inventory aggregate applies to its place in the tree. */
public final class InventoryRules {

    private InventoryRules() {
    }

    /** The referenced resource, which must exist in {@code project}; else a 400 naming {@code field}. */
    public static InventoryNode requireReference(InventoryDirectory directory, String field, NodeKind kind, long id,
                                                 ProjectId project) {
        return directory.find(kind, id)
                .filter(node -> node.projectId().equals(project))
                .orElseThrow(() -> new InvalidReferenceException(field,
                        "there is no " + kind.singular() + " " + id + " in this project"));
    }

    /** Refuses the delete while anything hangs below the resource, listing what does. */
    public static void requireNoDependants(InventoryDirectory directory, NodeKind kind, long id) {
        Map<NodeKind, Long> dependants = directory.dependants(kind, id);
        if (!dependants.isEmpty()) {
            String listed = dependants.entrySet().stream()
                    .map(entry -> entry.getKey().count(entry.getValue()))
                    .collect(Collectors.joining(", "));
            throw new HasDependantsException("The " + kind.singular() + " " + id + " still has dependants: " + listed
                    + ". Delete them first, or delete with ?cascade=true.");
        }
    }
}
