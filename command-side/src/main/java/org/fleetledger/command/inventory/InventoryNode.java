package org.fleetledger.command.inventory;

import org.fleetledger.events.project.ProjectId;

/**
 * One resource's place in the tree: the ids of the resources above it (a cloud has none, a region its
 * cloud, a cell its cloud and region, a device its cloud, region, optional cell and optional parent
 * device).
 */
public record InventoryNode(NodeKind kind, long id, ProjectId projectId, Long cloudId, Long regionId, Long cellId,
                            Long parentId, Long networkId) {

    /** A resource that no network refers to: everything but a network interface. */
    public InventoryNode(NodeKind kind, long id, ProjectId projectId, Long cloudId, Long regionId, Long cellId,
                         Long parentId) {
        this(kind, id, projectId, cloudId, regionId, cellId, parentId, null);
    }

    public static InventoryNode cloud(long id, ProjectId project) {
        return new InventoryNode(NodeKind.CLOUD, id, project, null, null, null, null);
    }

    public static InventoryNode region(long id, ProjectId project, long cloudId) {
        return new InventoryNode(NodeKind.REGION, id, project, cloudId, null, null, null);
    }

    public static InventoryNode cell(long id, ProjectId project, long cloudId, long regionId) {
        return new InventoryNode(NodeKind.CELL, id, project, cloudId, regionId, null, null);
    }

    public InventoryNode withParent(Long parent) {
        return new InventoryNode(kind, id, projectId, cloudId, regionId, cellId, parent, networkId);
    }
}
