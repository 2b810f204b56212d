package org.fleetledger.command.inventory;

import org.fleetledger.events.project.ProjectId;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The inventory tree without a database, for aggregate fixtures; the real table is tested over HTTP. */
public class InMemoryInventoryDirectory implements InventoryDirectory {

    private final Map<String, InventoryNode> nodes = new LinkedHashMap<>();

    @Override
    public Optional<InventoryNode> find(NodeKind kind, long id) {
        return Optional.ofNullable(nodes.get(kind + "/" + id));
    }

    @Override
    public void add(InventoryNode node) {
        nodes.put(node.kind() + "/" + node.id(), node);
    }

    @Override
    public void remove(NodeKind kind, long id) {
        nodes.remove(kind + "/" + id);
    }

    @Override
    public void setParent(NodeKind kind, long id, Long parentId) {
        find(kind, id).ifPresent(node -> add(node.withParent(parentId)));
    }

    @Override
    public Map<NodeKind, Long> dependants(NodeKind kind, long id) {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        nodes.values().stream().filter(node -> directlyUnder(node, kind, id))
                .forEach(node -> counts.merge(node.kind(), 1L, Long::sum));
        return counts;
    }

    @Override
    public List<InventoryNode> clouds(ProjectId project) {
        return nodes.values().stream()
                .filter(node -> node.kind() == NodeKind.CLOUD && node.projectId().equals(project)).toList();
    }

    @Override
    public Map<NodeKind, Long> inProject(ProjectId project) {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        nodes.values().stream().filter(node -> node.projectId().equals(project))
                .forEach(node -> counts.merge(node.kind(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Set<Long> descendantDevices(long deviceId) {
        Set<Long> found = new HashSet<>();
        List<Long> frontier = List.of(deviceId);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (InventoryNode node : nodes.values()) {
                if (node.kind().isDevice() && node.parentId() != null && frontier.contains(node.parentId())
                        && found.add(node.id())) {
                    next.add(node.id());
                }
            }
            frontier = next;
        }
        return found;
    }

    @Override
    public List<InventoryNode> below(NodeKind kind, long id) {
        List<InventoryNode> members = new ArrayList<>(nodes.values().stream()
                .filter(node -> !kind.isDevice() && directlyUnder(node, kind, id)).toList());
        Set<Long> roots = new HashSet<>();
        if (kind.isDevice()) {
            roots.add(id);
        }
        members.stream().filter(node -> node.kind().isDevice()).forEach(node -> roots.add(node.id()));
        Set<Long> seen = new HashSet<>(roots);
        for (long root : roots) {
            for (long descendant : descendantDevices(root)) {
                if (seen.add(descendant)) {
                    findDevice(descendant).ifPresent(members::add);
                }
            }
        }
        return DeletionOrder.of(members);
    }

    private static boolean directlyUnder(InventoryNode node, NodeKind kind, long id) {
        Long column = switch (kind) {
            case CLOUD -> node.cloudId();
            case REGION -> node.regionId();
            case CELL -> node.cellId();
            case HOST, NETWORK_DEVICE -> node.kind().isDevice() || node.kind() == NodeKind.NETWORK_INTERFACE
                    ? node.parentId() : null;
            case NETWORK -> node.networkId();
            case NETWORK_INTERFACE -> null;
        };
        return column != null && column == id;
    }
}
