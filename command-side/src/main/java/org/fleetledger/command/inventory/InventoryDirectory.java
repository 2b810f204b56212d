package org.fleetledger.command.inventory;

import org.fleetledger.events.project.ProjectId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tree of inventory resources as the command side checks it: read and written in the command's
 * transaction, so a reference checked is a reference that holds when the command commits.
 */
public interface InventoryDirectory {

    Optional<InventoryNode> find(NodeKind kind, long id);

    /** The host or network device with this id (they share one id space). */
    default Optional<InventoryNode> findDevice(long id) {
        return find(NodeKind.HOST, id).or(() -> find(NodeKind.NETWORK_DEVICE, id));
    }

    void add(InventoryNode node);

    void remove(NodeKind kind, long id);

    /** Moves a device under another parent device, or to none ({@code null}). */
    void setParent(NodeKind kind, long id, Long parentId);

    /**
     * What depends on a resource, counted by kind (kinds with none are absent): for a cloud, region or
     * cell everything in it; for a device its child devices.
     */
    Map<NodeKind, Long> dependants(NodeKind kind, long id);

    /** The clouds of a project. */
    List<InventoryNode> clouds(ProjectId project);

    /** Everything a project holds, counted by kind (kinds with none are absent). */
    Map<NodeKind, Long> inProject(ProjectId project);

    /** The ids of every device below a device through parent links, at any depth. */
    Set<Long> descendantDevices(long deviceId);

    /**
     * Everything a cascading delete of the resource removes besides itself: what lies in it and every
     * device hanging below any of those devices. Ordered for deletion: child devices before their
     * parents, devices before cells, cells before regions.
     */
    List<InventoryNode> below(NodeKind kind, long id);
}
