package org.fleetledger.command.inventory;

import org.fleetledger.command.api.HasDependantsException;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.events.project.ProjectId;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * A place in the tree for a resource of {@code project}: the cloud, a region of that cloud and,
     * when {@code cell} is not null, a cell of that region, each of the project; else a 400 naming the field.
     */
    public static void requirePlacement(InventoryDirectory directory, ProjectId project, long cloud, long region,
                                        Long cell) {
        if (deepestVouches(directory, project, cloud, region, cell)) {
            return;
        }
        requireReference(directory, "cloud_id", NodeKind.CLOUD, cloud, project);
        InventoryNode regionNode = requireReference(directory, "region_id", NodeKind.REGION, region, project);
        if (regionNode.cloudId() != cloud) {
            throw new InvalidReferenceException("region_id", "region " + region + " is not in cloud " + cloud);
        }
        if (cell != null) {
            InventoryNode cellNode = requireReference(directory, "cell_id", NodeKind.CELL, cell, project);
            if (cellNode.regionId() != region) {
                throw new InvalidReferenceException("cell_id", "cell " + cell + " is not in region " + region);
            }
        }
    }

    /**
     * True when the deepest resource of the place (the cell, else the region) is of {@code project} and
     * sits where the place puts it. That one lookup vouches for the resources above it: a node's place
     * never changes, a resource is created only under existing ones of its project, and one is removed
     * only once nothing is below it, or together with everything below it. When it does not vouch, the
     * caller checks each level, to name the field that is wrong.
     */
    private static boolean deepestVouches(InventoryDirectory directory, ProjectId project, long cloud, long region,
                                          Long cell) {
        Optional<InventoryNode> deepest = cell == null
                ? directory.find(NodeKind.REGION, region)
                : directory.find(NodeKind.CELL, cell).filter(node -> Objects.equals(node.regionId(), region));
        return deepest.filter(node -> node.projectId().equals(project) && Objects.equals(node.cloudId(), cloud))
                .isPresent();
    }

    /** Refuses the delete while anything hangs below the resource, listing what does. */
    public static void requireNoDependants(InventoryDirectory directory, NodeKind kind, long id) {
        requireNone("The " + kind.singular() + " " + id, counted(directory.dependants(kind, id)));
    }

    /** Each kind's count as words ("2 regions"), in the order of the kinds. */
    public static List<String> counted(Map<NodeKind, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey().count(entry.getValue())).toList();
    }

    /** Refuses the delete of {@code what} when {@code dependants} (counts in words) is not empty. */
    public static void requireNone(String what, List<String> dependants) {
        if (!dependants.isEmpty()) {
            throw new HasDependantsException(what + " still has dependants: " + String.join(", ", dependants)
                    + ". Delete them first, or delete with ?cascade=true.");
        }
    }
}
