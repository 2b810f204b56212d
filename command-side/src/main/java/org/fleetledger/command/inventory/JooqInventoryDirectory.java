package org.fleetledger.command.inventory;

import org.fleetledger.command.jooq.tables.records.InventoryNodeRecord;
import org.fleetledger.events.project.ProjectId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.fleetledger.command.jooq.Tables.INVENTORY_NODE;
import static org.jooq.impl.DSL.count;

@Component
class JooqInventoryDirectory implements InventoryDirectory {

    private final DSLContext db;

    JooqInventoryDirectory(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<InventoryNode> find(NodeKind kind, long id) {
        return db.selectFrom(INVENTORY_NODE)
                .where(INVENTORY_NODE.KIND.eq(kind.name()))
                .and(INVENTORY_NODE.ID.eq(id))
                .fetchOptional(JooqInventoryDirectory::nodeOf);
    }

    @Override
    public void add(InventoryNode node) {
        db.insertInto(INVENTORY_NODE)
                .set(INVENTORY_NODE.KIND, node.kind().name())
                .set(INVENTORY_NODE.ID, node.id())
                .set(INVENTORY_NODE.PROJECT_ID, node.projectId().value())
                .set(INVENTORY_NODE.CLOUD_ID, node.cloudId())
                .set(INVENTORY_NODE.REGION_ID, node.regionId())
                .set(INVENTORY_NODE.CELL_ID, node.cellId())
                .execute();
    }

    @Override
    public void remove(NodeKind kind, long id) {
        db.deleteFrom(INVENTORY_NODE)
                .where(INVENTORY_NODE.KIND.eq(kind.name()))
                .and(INVENTORY_NODE.ID.eq(id))
                .execute();
    }

    @Override
    public Map<NodeKind, Long> dependants(NodeKind kind, long id) {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        db.select(INVENTORY_NODE.KIND, count())
                .from(INVENTORY_NODE)
                .where(under(kind, id))
                .groupBy(INVENTORY_NODE.KIND)
                .forEach(row -> counts.put(NodeKind.valueOf(row.value1()), row.value2().longValue()));
        return counts;
    }

    @Override
    public List<InventoryNode> below(NodeKind kind, long id) {
        return db.selectFrom(INVENTORY_NODE)
                .where(under(kind, id))
                .fetch(JooqInventoryDirectory::nodeOf)
                .stream()
                .sorted(Comparator.comparing((InventoryNode node) -> node.kind().ordinal()).reversed()
                        .thenComparing(InventoryNode::id))
                .toList();
    }

    private static Condition under(NodeKind kind, long id) {
        return switch (kind) {
            case CLOUD -> INVENTORY_NODE.CLOUD_ID.eq(id);
            case REGION -> INVENTORY_NODE.REGION_ID.eq(id);
            case CELL -> INVENTORY_NODE.CELL_ID.eq(id);
        };
    }

    private static InventoryNode nodeOf(InventoryNodeRecord row) {
        return new InventoryNode(NodeKind.valueOf(row.getKind()), row.getId(), new ProjectId(row.getProjectId()),
                row.getCloudId(), row.getRegionId(), row.getCellId());
    }
}
