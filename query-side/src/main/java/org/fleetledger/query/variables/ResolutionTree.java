package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.query.jooq.tables.records.ResolutionNodeRecord;
import org.fleetledger.query.rebuild.ShadowWriter;
import org.fleetledger.query.support.HeldInserts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.RESOLUTION_LABEL;
import static org.fleetledger.query.jooq.Tables.RESOLUTION_NODE;

/**
 * The variables read model's own copy of the tree that resolution walks: regions, cells and devices
 * with their cloud, region, cell, parent chain and labels. It lives beside the variables, in the same
 * processing group, so a resolution never sees a tree older or newer than the variables it merges.
 */
@Component
@ShadowWriter
class ResolutionTree {

    /** Parent chains longer than this are cut: a guard against a cycle in stored data, never a real depth. */
    private static final int MAX_ANCESTORS = 1000;

    private final DSLContext db;
    // new nodes wait for the end of the batch or the tree's next other operation: a live processor's
    // batch's (ADR 0049, 0052), and a rebuild's replayed one's (ADR 0058)
    private final HeldInserts<ResolutionNodeRecord> heldNodes;

    ResolutionTree(DSLContext db) {
        this.db = db;
        this.heldNodes = new HeldInserts<>(db, RESOLUTION_NODE);
    }

    void addRegion(long id, UUID project, long cloud) {
        insert(OwnerType.REGION, id, project, cloud, id, null, null, new Long[0]);
    }

    void addCell(long id, UUID project, long cloud, long region) {
        insert(OwnerType.CELL, id, project, cloud, region, id, null, new Long[0]);
    }

    void addDevice(long id, UUID project, long cloud, long region, Long cell, Long parent) {
        insert(OwnerType.DEVICE, id, project, cloud, region, cell, parent, chainFrom(parent));
    }

    /**
     * Moves a device under another parent (or none) and gives it and every device below it their new
     * chains; answers whether anything changed.
     */
    boolean moveDevice(long id, Long parent) {
        writeNewNodes();
        ResolutionNodeRecord node = fetchNode(OwnerType.DEVICE, id);
        if (node == null || Objects.equals(node.getParentId(), parent)) {
            return false;
        }
        Long[] chain = chainFrom(parent);
        db.update(RESOLUTION_NODE)
                .set(RESOLUTION_NODE.PARENT_ID, parent)
                .set(RESOLUTION_NODE.ANCESTORS, chain)
                .where(isDevice(id))
                .execute();
        // below it, shallowest first, each chain is its parent's id followed by the parent's (new) chain
        List<ResolutionNodeRecord> below = new ArrayList<>(db.selectFrom(RESOLUTION_NODE)
                .where(RESOLUTION_NODE.OWNER_TYPE.eq(OwnerType.DEVICE.name()))
                .and(RESOLUTION_NODE.ANCESTORS.contains(new Long[] {id}))
                .fetch());
        below.sort(Comparator.comparingInt(row -> row.getAncestors().length));
        Map<Long, Long[]> chains = new HashMap<>();
        chains.put(id, chain);
        for (ResolutionNodeRecord row : below) {
            Long[] parentChain = chains.get(row.getParentId());
            Long[] newChain = prepend(row.getParentId(), parentChain == null ? new Long[0] : parentChain);
            chains.put(Long.parseLong(row.getOwnerId()), newChain);
            db.update(RESOLUTION_NODE).set(RESOLUTION_NODE.ANCESTORS, newChain)
                    .where(RESOLUTION_NODE.OWNER_TYPE.eq(row.getOwnerType()))
                    .and(RESOLUTION_NODE.OWNER_ID.eq(row.getOwnerId()))
                    .execute();
        }
        return true;
    }

    void addLabels(long device, UUID project, Collection<String> labels) {
        writeNewNodes();
        for (String label : labels) {
            db.insertInto(RESOLUTION_LABEL)
                    .set(RESOLUTION_LABEL.DEVICE_ID, device)
                    .set(RESOLUTION_LABEL.PROJECT_ID, project)
                    .set(RESOLUTION_LABEL.LABEL, label)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    void removeLabels(long device, Collection<String> labels) {
        writeNewNodes();
        db.deleteFrom(RESOLUTION_LABEL)
                .where(RESOLUTION_LABEL.DEVICE_ID.eq(device))
                .and(RESOLUTION_LABEL.LABEL.in(labels))
                .execute();
    }

    void remove(OwnerType type, long id) {
        writeNewNodes();
        db.deleteFrom(RESOLUTION_NODE)
                .where(RESOLUTION_NODE.OWNER_TYPE.eq(type.name()))
                .and(RESOLUTION_NODE.OWNER_ID.eq(Long.toString(id)))
                .execute();
        if (type == OwnerType.DEVICE) {
            db.deleteFrom(RESOLUTION_LABEL).where(RESOLUTION_LABEL.DEVICE_ID.eq(id)).execute();
        }
    }

    void removeProject(UUID project) {
        writeNewNodes();
        db.deleteFrom(RESOLUTION_NODE).where(RESOLUTION_NODE.PROJECT_ID.eq(project)).execute();
        db.deleteFrom(RESOLUTION_LABEL).where(RESOLUTION_LABEL.PROJECT_ID.eq(project)).execute();
    }

    void clear() {
        heldNodes.forget();
        db.deleteFrom(RESOLUTION_LABEL).execute();
        db.deleteFrom(RESOLUTION_NODE).execute();
    }

    /**
     * The resources whose resolved variables depend on this owner's own variables: a label's devices;
     * everything of a cell, region, cloud or project. Networks and interfaces have none (nothing inherits
     * from them). A device's are found from its id, through the parents of the devices below it
     * ({@link ResolvedVariables#refreshDeviceAndBelow}), not by a condition.
     */
    Condition dependingOn(OwnerType type, String id) {
        return switch (type) {
            case DEVICE -> throw new IllegalArgumentException(
                    "a device's dependents are refreshed by its id, not by a condition: " + id);
            case LABEL -> {
                VariableOwner label = new VariableOwner(type, id);
                yield RESOLUTION_NODE.OWNER_TYPE.eq(OwnerType.DEVICE.name())
                        .and(RESOLUTION_NODE.OWNER_ID.in(DSL.select(RESOLUTION_LABEL.DEVICE_ID.cast(String.class))
                                .from(RESOLUTION_LABEL)
                                .where(RESOLUTION_LABEL.PROJECT_ID.eq(label.labelProject()))
                                .and(RESOLUTION_LABEL.LABEL.eq(label.labelName()))));
            }
            case CELL -> RESOLUTION_NODE.CELL_ID.eq(Long.parseLong(id));
            case REGION -> RESOLUTION_NODE.REGION_ID.eq(Long.parseLong(id));
            case CLOUD -> RESOLUTION_NODE.CLOUD_ID.eq(Long.parseLong(id));
            case PROJECT -> RESOLUTION_NODE.PROJECT_ID.eq(UUID.fromString(id));
            case NETWORK, NETWORK_INTERFACE -> DSL.falseCondition();
        };
    }

    private Condition node(OwnerType type, long id) {
        return RESOLUTION_NODE.OWNER_TYPE.eq(type.name()).and(RESOLUTION_NODE.OWNER_ID.eq(Long.toString(id)));
    }

    private void insert(OwnerType type, long id, UUID project, long cloud, long region, Long cell, Long parent,
                        Long[] ancestors) {
        ResolutionNodeRecord node = new ResolutionNodeRecord();
        node.setOwnerType(type.name());
        node.setOwnerId(Long.toString(id));
        node.setProjectId(project);
        node.setCloudId(cloud);
        node.setRegionId(region);
        node.setCellId(cell);
        node.setParentId(parent);
        node.setAncestors(ancestors);
        heldNodes.insert(node); // held through a batch, written as it commits; else at once
    }

    /**
     * Writes the nodes {@link #insert} holds back; a node that exists already stays as it is. Whatever
     * reads the tree within a batch calls it first.
     */
    void writeNewNodes() {
        heldNodes.write();
    }

    /** The chain of a device whose parent is {@code parent}: the parent, then the parent's chain. */
    private Long[] chainFrom(Long parent) {
        if (parent == null) {
            return new Long[0];
        }
        ResolutionNodeRecord parentNode = fetchNode(OwnerType.DEVICE, parent);
        return prepend(parent, parentNode == null ? new Long[0] : parentNode.getAncestors());
    }

    private static Long[] prepend(Long first, Long[] rest) {
        int length = Math.min(rest.length, MAX_ANCESTORS - 1);
        Long[] chain = new Long[length + 1];
        chain[0] = first;
        System.arraycopy(rest, 0, chain, 1, length);
        return chain;
    }

    private ResolutionNodeRecord fetchNode(OwnerType type, long id) {
        writeNewNodes();
        return db.selectFrom(RESOLUTION_NODE).where(node(type, id)).fetchOne();
    }

    private static Condition isDevice(long id) {
        return RESOLUTION_NODE.OWNER_TYPE.eq(OwnerType.DEVICE.name())
                .and(RESOLUTION_NODE.OWNER_ID.eq(Long.toString(id)));
    }

}
