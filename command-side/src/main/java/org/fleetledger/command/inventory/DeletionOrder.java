package org.fleetledger.command.inventory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders resources so that each is deleted after everything that depends on it. */
final class DeletionOrder {

    private DeletionOrder() {
    }

    static List<InventoryNode> of(List<InventoryNode> nodes) {
        Map<Long, InventoryNode> devices = new HashMap<>();
        nodes.stream().filter(node -> node.kind().isDevice()).forEach(node -> devices.put(node.id(), node));
        Map<Long, Integer> depths = new HashMap<>();
        devices.keySet().forEach(id -> depth(id, devices, depths));
        return nodes.stream()
                .sorted(Comparator.comparing((InventoryNode node) -> rank(node.kind()))
                        .thenComparing(node -> node.kind().isDevice() ? -depths.getOrDefault(node.id(), 0) : 0)
                        .thenComparing(InventoryNode::id))
                .toList();
    }

    /** What goes first: interfaces, then devices (deepest first), networks, cells, regions, clouds. */
    private static int rank(NodeKind kind) {
        return switch (kind) {
            case NETWORK_INTERFACE -> 0;
            case HOST, NETWORK_DEVICE -> 1;
            case NETWORK -> 2;
            case CELL -> 3;
            case REGION -> 4;
            case CLOUD -> 5;
        };
    }

    /** How many devices of the set lie above this one (parent links are acyclic, by the device rules). */
    private static int depth(long id, Map<Long, InventoryNode> devices, Map<Long, Integer> depths) {
        Integer known = depths.get(id);
        if (known != null) {
            return known;
        }
        Long parent = devices.get(id).parentId();
        int depth = parent != null && devices.containsKey(parent) ? depth(parent, devices, depths) + 1 : 0;
        depths.put(id, depth);
        return depth;
    }
}
