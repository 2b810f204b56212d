package org.fleetledger.command.inventory;

import org.fleetledger.command.jooq.tables.records.InventoryNodeRecord;
import org.fleetledger.events.project.ProjectId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.fleetledger.command.jooq.Tables.INVENTORY_NODE;
import static org.jooq.impl.DSL.count;

@Component
class JooqInventoryDirectory implements InventoryDirectory {

    private static final List<String> DEVICE_KINDS = NodeKind.DEVICES.stream().map(NodeKind::name).toList();
    /** What hangs on a device: other devices and its interfaces. */
    private static final List<String> ON_A_DEVICE = List.of(NodeKind.HOST.name(), NodeKind.NETWORK_DEVICE.name(),
            NodeKind.NETWORK_INTERFACE.name());
    /**
     * {@link #find}'s statement, rendered once, when the class loads, and run through JDBC: a write finds
     * several nodes (a create its cloud, region and cell). Rendering it each time took a third of the
     * lookup's CPU; running it rendered through jOOQ still took three quarters (ADR 0051). Its bind values
     * are the node's kind and id; its columns are {@link #nodeOf(ResultSet)}'s.
     */
    private static final String FIND = DSL.using(SQLDialect.POSTGRES).render(DSL.select(INVENTORY_NODE.KIND,
                    INVENTORY_NODE.ID, INVENTORY_NODE.PROJECT_ID, INVENTORY_NODE.CLOUD_ID, INVENTORY_NODE.REGION_ID,
                    INVENTORY_NODE.CELL_ID, INVENTORY_NODE.PARENT_ID, INVENTORY_NODE.NETWORK_ID)
            .from(INVENTORY_NODE)
            .where(INVENTORY_NODE.KIND.eq(DSL.param("kind", String.class)))
            .and(INVENTORY_NODE.ID.eq(DSL.param("id", Long.class))));
    /** {@link #add}'s insert, rendered once and run through JDBC, as {@link #FIND} is: every create adds a node. */
    private static final String ADD = DSL.using(SQLDialect.POSTGRES).render(DSL.insertInto(INVENTORY_NODE)
            .set(INVENTORY_NODE.KIND, DSL.param("kind", String.class))
            .set(INVENTORY_NODE.ID, DSL.param("id", Long.class))
            .set(INVENTORY_NODE.PROJECT_ID, DSL.param("project", UUID.class))
            .set(INVENTORY_NODE.CLOUD_ID, DSL.param("cloud", Long.class))
            .set(INVENTORY_NODE.REGION_ID, DSL.param("region", Long.class))
            .set(INVENTORY_NODE.CELL_ID, DSL.param("cell", Long.class))
            .set(INVENTORY_NODE.PARENT_ID, DSL.param("parent", Long.class))
            .set(INVENTORY_NODE.NETWORK_ID, DSL.param("network", Long.class)));

    private final DSLContext db;

    JooqInventoryDirectory(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<InventoryNode> find(NodeKind kind, long id) {
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
                statement.setString(1, kind.name());
                statement.setLong(2, id);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(nodeOf(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void add(InventoryNode node) {
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ADD)) {
                statement.setString(1, node.kind().name());
                statement.setLong(2, node.id());
                statement.setObject(3, node.projectId().value());
                statement.setObject(4, node.cloudId(), Types.BIGINT);
                statement.setObject(5, node.regionId(), Types.BIGINT);
                statement.setObject(6, node.cellId(), Types.BIGINT);
                statement.setObject(7, node.parentId(), Types.BIGINT);
                statement.setObject(8, node.networkId(), Types.BIGINT);
                statement.executeUpdate();
            }
        });
    }

    @Override
    public void remove(NodeKind kind, long id) {
        db.deleteFrom(INVENTORY_NODE)
                .where(INVENTORY_NODE.KIND.eq(kind.name()))
                .and(INVENTORY_NODE.ID.eq(id))
                .execute();
    }

    @Override
    public void setParent(NodeKind kind, long id, Long parentId) {
        db.update(INVENTORY_NODE)
                .set(INVENTORY_NODE.PARENT_ID, parentId)
                .where(INVENTORY_NODE.KIND.eq(kind.name()))
                .and(INVENTORY_NODE.ID.eq(id))
                .execute();
    }

    @Override
    public Map<NodeKind, Long> dependants(NodeKind kind, long id) {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        db.select(INVENTORY_NODE.KIND, count())
                .from(INVENTORY_NODE)
                .where(directlyUnder(kind, id))
                .groupBy(INVENTORY_NODE.KIND)
                .forEach(row -> counts.put(NodeKind.valueOf(row.value1()), row.value2().longValue()));
        return counts;
    }

    @Override
    public List<InventoryNode> clouds(ProjectId project) {
        return db.selectFrom(INVENTORY_NODE)
                .where(INVENTORY_NODE.KIND.eq(NodeKind.CLOUD.name()))
                .and(INVENTORY_NODE.PROJECT_ID.eq(project.value()))
                .orderBy(INVENTORY_NODE.ID)
                .fetch(JooqInventoryDirectory::nodeOf);
    }

    @Override
    public Map<NodeKind, Long> inProject(ProjectId project) {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        db.select(INVENTORY_NODE.KIND, count())
                .from(INVENTORY_NODE)
                .where(INVENTORY_NODE.PROJECT_ID.eq(project.value()))
                .groupBy(INVENTORY_NODE.KIND)
                .forEach(row -> counts.put(NodeKind.valueOf(row.value1()), row.value2().longValue()));
        return counts;
    }

    @Override
    public Set<Long> descendantDevices(long deviceId) {
        Set<Long> found = new HashSet<>();
        childDevicesOf(Set.of(deviceId), found, new ArrayList<>());
        return found;
    }

    @Override
    public List<InventoryNode> below(NodeKind kind, long id) {
        List<InventoryNode> nodes = new ArrayList<>();
        Set<Long> devices = new HashSet<>();
        if (kind.isDevice()) {
            devices.add(id);
        } else {
            db.selectFrom(INVENTORY_NODE).where(directlyUnder(kind, id)).forEach(row -> nodes.add(nodeOf(row)));
            nodes.stream().filter(node -> node.kind().isDevice()).forEach(node -> devices.add(node.id()));
        }
        Set<Long> seen = new HashSet<>(devices);
        List<InventoryNode> descendants = new ArrayList<>();
        childDevicesOf(devices, seen, descendants);
        nodes.addAll(descendants);
        descendants.forEach(node -> devices.add(node.id()));
        Set<Long> interfaces = new HashSet<>();
        nodes.stream().filter(node -> node.kind() == NodeKind.NETWORK_INTERFACE).forEach(node -> interfaces.add(node.id()));
        // the interfaces of every device removed, and those on every network removed (whatever their device)
        List<Long> networks = nodes.stream().filter(node -> node.kind() == NodeKind.NETWORK).map(InventoryNode::id)
                .toList();
        if (!devices.isEmpty() || !networks.isEmpty()) {
            db.selectFrom(INVENTORY_NODE)
                    .where(INVENTORY_NODE.KIND.eq(NodeKind.NETWORK_INTERFACE.name()))
                    .and(INVENTORY_NODE.PARENT_ID.in(devices).or(INVENTORY_NODE.NETWORK_ID.in(networks)))
                    .forEach(row -> {
                        if (interfaces.add(row.getId())) {
                            nodes.add(nodeOf(row));
                        }
                    });
        }
        return DeletionOrder.of(nodes);
    }

    /** Walks parent links down from {@code frontier}, adding every device not seen yet to {@code collected}. */
    private void childDevicesOf(Collection<Long> frontier, Set<Long> seen, List<InventoryNode> collected) {
        Collection<Long> next = frontier;
        while (!next.isEmpty()) {
            List<InventoryNode> children = db.selectFrom(INVENTORY_NODE)
                    .where(INVENTORY_NODE.KIND.in(DEVICE_KINDS))
                    .and(INVENTORY_NODE.PARENT_ID.in(next))
                    .fetch(JooqInventoryDirectory::nodeOf);
            List<Long> added = new ArrayList<>();
            for (InventoryNode child : children) {
                if (seen.add(child.id())) {
                    collected.add(child);
                    added.add(child.id());
                }
            }
            next = added;
        }
    }

    private static Condition directlyUnder(NodeKind kind, long id) {
        return switch (kind) {
            case CLOUD -> INVENTORY_NODE.CLOUD_ID.eq(id);
            case REGION -> INVENTORY_NODE.REGION_ID.eq(id);
            case CELL -> INVENTORY_NODE.CELL_ID.eq(id);
            case HOST, NETWORK_DEVICE -> INVENTORY_NODE.PARENT_ID.eq(id).and(INVENTORY_NODE.KIND.in(ON_A_DEVICE));
            case NETWORK -> INVENTORY_NODE.NETWORK_ID.eq(id);
            case NETWORK_INTERFACE -> DSL.falseCondition();
        };
    }

    private static InventoryNode nodeOf(ResultSet row) throws SQLException {
        return new InventoryNode(NodeKind.valueOf(row.getString(1)), row.getLong(2),
                new ProjectId(row.getObject(3, UUID.class)), row.getObject(4, Long.class),
                row.getObject(5, Long.class), row.getObject(6, Long.class), row.getObject(7, Long.class),
                row.getObject(8, Long.class));
    }

    private static InventoryNode nodeOf(InventoryNodeRecord row) {
        return new InventoryNode(NodeKind.valueOf(row.getKind()), row.getId(), new ProjectId(row.getProjectId()),
                row.getCloudId(), row.getRegionId(), row.getCellId(), row.getParentId(), row.getNetworkId());
    }
}
