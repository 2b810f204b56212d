package org.fleetledger.command.inventory;

import org.fleetledger.events.project.ProjectId;

/**
 * One resource's place in the tree: the ids of the resources above it (a cloud has none, a region its
 * cloud, a cell its cloud and region).
 */
public record InventoryNode(NodeKind kind, long id, ProjectId projectId, Long cloudId, Long regionId, Long cellId) {
}
