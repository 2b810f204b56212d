package org.fleetledger.command.inventory;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public Map<NodeKind, Long> dependants(NodeKind kind, long id) {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        below(kind, id).forEach(node -> counts.merge(node.kind(), 1L, Long::sum));
        return counts;
    }

    @Override
    public List<InventoryNode> below(NodeKind kind, long id) {
        return nodes.values().stream()
                .filter(node -> switch (kind) {
                    case CLOUD -> node.cloudId() != null && node.cloudId() == id;
                    case REGION -> node.regionId() != null && node.regionId() == id;
                    case CELL -> node.cellId() != null && node.cellId() == id;
                })
                .sorted(Comparator.comparing((InventoryNode node) -> node.kind().ordinal()).reversed())
                .toList();
    }
}
