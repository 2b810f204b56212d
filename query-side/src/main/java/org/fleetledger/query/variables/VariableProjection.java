package org.fleetledger.query.variables;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cell.CellDeleted;
import org.fleetledger.events.cell.CellRestored;
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.DeviceCreation;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.HostRestored;
import org.fleetledger.events.device.HostUpdated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
import org.fleetledger.events.device.NetworkDeviceDeleted;
import org.fleetledger.events.device.NetworkDeviceRestored;
import org.fleetledger.events.device.NetworkDeviceUpdated;
import org.fleetledger.events.network.NetworkCreated;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkInterfaceCreated;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.project.ProjectDeleted;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.region.RegionRestored;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariableSchemaDeleted;
import org.fleetledger.events.variables.VariableSchemaSet;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.fleetledger.query.jooq.Tables.VARIABLE_SCHEMA_VIEW;

/**
 * Every resource's own variables, one row per top-level key, and the resolved variables of every
 * region, cell and device, kept current as variables, parents, labels and the tree change. Deleting
 * an owner deletes its variables.
 */
@Component
@ProcessingGroup(ReadModels.VARIABLES)
class VariableProjection {

    private final DSLContext db;
    private final VariableRows rows;
    private final ResolutionTree tree;
    private final ResolvedVariables resolved;

    VariableProjection(DSLContext db, VariableRows rows, ResolutionTree tree, ResolvedVariables resolved) {
        this.db = db;
        this.rows = rows;
        this.tree = tree;
        this.resolved = resolved;
    }

    @EventHandler
    void on(VariableSchemaSet event) {
        db.insertInto(VARIABLE_SCHEMA_VIEW)
                .set(VARIABLE_SCHEMA_VIEW.PROJECT_ID, event.projectId().value())
                .set(VARIABLE_SCHEMA_VIEW.KEY, event.key())
                .set(VARIABLE_SCHEMA_VIEW.SCHEMA, event.schema())
                .onConflict(VARIABLE_SCHEMA_VIEW.PROJECT_ID, VARIABLE_SCHEMA_VIEW.KEY)
                .doUpdate()
                .set(VARIABLE_SCHEMA_VIEW.SCHEMA, event.schema())
                .execute();
    }

    @EventHandler
    void on(VariableSchemaDeleted event) {
        db.deleteFrom(VARIABLE_SCHEMA_VIEW)
                .where(VARIABLE_SCHEMA_VIEW.PROJECT_ID.eq(event.projectId().value()))
                .and(VARIABLE_SCHEMA_VIEW.KEY.eq(event.key()))
                .execute();
    }

    /** A cloud, a network or an interface: no place in the resolution tree, only its first variables. */
    @EventHandler
    void on(CloudCreated event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        addOwner(event, metaData, at, token);
    }

    @EventHandler
    void on(NetworkCreated event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        addOwner(event, metaData, at, token);
    }

    @EventHandler
    void on(NetworkInterfaceCreated event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        addOwner(event, metaData, at, token);
    }

    @EventHandler
    void on(RegionRestored event) {
        addRegion(event.asCreated());
    }

    /** A region, and the first variables its creation carries (ADR 0063). */
    @EventHandler
    void on(RegionCreated event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        addRegion(event);
        event.variablesSet().ifPresent(set -> setVariables(set, metaData, at, token));
    }

    @EventHandler
    void on(CellRestored event) {
        addCell(event.asCreated());
    }

    /** A cell, and the first variables its creation carries (ADR 0063). */
    @EventHandler
    void on(CellCreated event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        addCell(event);
        event.variablesSet().ifPresent(set -> setVariables(set, metaData, at, token));
    }

    @EventHandler
    void on(HostRestored event) {
        addDevice(event.asCreated());
    }

    @EventHandler
    void on(NetworkDeviceRestored event) {
        addDevice(event.asCreated());
    }

    /**
     * A host or a network device, and the first variables its creation carries (ADR 0062), set as a
     * {@code VariablesSet} would set them.
     */
    @EventHandler
    void on(DeviceCreation event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        addDevice(event);
        event.variablesSet().ifPresent(set -> setVariables(set, metaData, at, token));
    }

    @EventHandler
    void on(HostUpdated event) {
        moveDevice(event.deviceId(), event.parentId());
    }

    @EventHandler
    void on(NetworkDeviceUpdated event) {
        moveDevice(event.deviceId(), event.parentId());
    }

    @EventHandler
    void on(LabelsAdded event) {
        tree.addLabels(event.deviceId().value(), event.projectId().value(), event.labels());
        resolved.refreshNode(OwnerType.DEVICE, event.deviceId().value());
    }

    @EventHandler
    void on(LabelsRemoved event) {
        tree.removeLabels(event.deviceId().value(), event.labels());
        resolved.refreshNode(OwnerType.DEVICE, event.deviceId().value());
    }

    @EventHandler
    void on(VariablesSet event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        setVariables(event, metaData, at, token);
    }

    private void setVariables(VariablesSet event, MetaData metaData, Instant at, TrackingToken token) {
        Object userId = metaData.get(LedgerMetadata.ACTOR_USER_ID);
        Object username = metaData.get(LedgerMetadata.ACTOR_USERNAME);
        Object note = metaData.get(LedgerMetadata.CHANGE_NOTE);
        Long position = token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        event.values().forEach((key, value) -> values.put(key, VariableJson.toText(value)));
        rows.set(event.owner(), event.projectId().value(), values, new VariableRows.Setter(
                userId instanceof Number number ? number.longValue() : null,
                username == null ? null : username.toString(), ProjectionTime.of(at),
                note == null ? null : note.toString(), position));
        if (event.owner().type() == OwnerType.DEVICE) {
            resolved.deviceVariablesSet(Long.parseLong(event.owner().id()), values);
        } else {
            refreshDependents(event.owner());
        }
    }

    @EventHandler
    void on(VariablesDeleted event) {
        rows.delete(event.owner(), event.keys());
        refreshDependents(event.owner());
    }

    @EventHandler
    void on(CloudDeleted event) {
        rows.deleteAllOf(OwnerType.CLOUD, Long.toString(event.cloudId().value()));
    }

    @EventHandler
    void on(RegionDeleted event) {
        rows.deleteAllOf(OwnerType.REGION, Long.toString(event.regionId().value()));
        removeNode(OwnerType.REGION, event.regionId().value());
    }

    @EventHandler
    void on(CellDeleted event) {
        rows.deleteAllOf(OwnerType.CELL, Long.toString(event.cellId().value()));
        removeNode(OwnerType.CELL, event.cellId().value());
    }

    @EventHandler
    void on(HostDeleted event) {
        rows.deleteAllOf(OwnerType.DEVICE, Long.toString(event.deviceId().value()));
        removeNode(OwnerType.DEVICE, event.deviceId().value());
    }

    @EventHandler
    void on(NetworkDeviceDeleted event) {
        rows.deleteAllOf(OwnerType.DEVICE, Long.toString(event.deviceId().value()));
        removeNode(OwnerType.DEVICE, event.deviceId().value());
    }

    @EventHandler
    void on(NetworkDeleted event) {
        rows.deleteAllOf(OwnerType.NETWORK, Long.toString(event.networkId().value()));
    }

    @EventHandler
    void on(NetworkInterfaceDeleted event) {
        rows.deleteAllOf(OwnerType.NETWORK_INTERFACE, Long.toString(event.interfaceId().value()));
    }

    @EventHandler
    void on(ProjectDeleted event) {
        rows.deleteAllOf(OwnerType.PROJECT, event.projectId().text());
        rows.deleteLabelsOf(event.projectId().value());
        db.deleteFrom(VARIABLE_SCHEMA_VIEW).where(VARIABLE_SCHEMA_VIEW.PROJECT_ID.eq(event.projectId().value())).execute();
        tree.removeProject(event.projectId().value());
        resolved.removeProject(event.projectId().value());
    }

    private void addOwner(SetsVariablesOnCreation created, MetaData metaData, Instant at, TrackingToken token) {
        rows.created(created.owner().type(), Long.parseLong(created.owner().id()));
        created.variablesSet().ifPresent(set -> setVariables(set, metaData, at, token));
    }

    private void addRegion(RegionCreated created) {
        long region = created.regionId().value();
        tree.addRegion(region, created.projectId().value(), created.cloudId().value());
        rows.created(OwnerType.REGION, region);
        resolved.refreshNode(OwnerType.REGION, region);
    }

    private void addCell(CellCreated created) {
        long cell = created.cellId().value();
        tree.addCell(cell, created.projectId().value(), created.cloudId().value(), created.regionId().value());
        rows.created(OwnerType.CELL, cell);
        resolved.refreshNode(OwnerType.CELL, cell);
    }

    private void addDevice(DeviceCreation created) {
        long device = created.deviceId().value();
        tree.addDevice(device, created.projectId().value(), created.cloudId().value(), created.regionId().value(),
                created.cellId() == null ? null : created.cellId().value(),
                created.parentId() == null ? null : created.parentId().value());
        rows.created(OwnerType.DEVICE, device);
        resolved.refreshNode(OwnerType.DEVICE, device);
    }

    private void moveDevice(DeviceId device, DeviceId parent) {
        if (tree.moveDevice(device.value(), parent == null ? null : parent.value())) {
            resolved.refreshDeviceAndBelow(device.value());
        }
    }

    /** Recomputes what inherits from an owner whose own variables changed. */
    private void refreshDependents(VariableOwner owner) {
        if (owner.type() == OwnerType.DEVICE) {
            resolved.refreshDeviceAndBelow(Long.parseLong(owner.id()));
        } else {
            resolved.refresh(tree.dependingOn(owner.type(), owner.id()));
        }
    }

    private void removeNode(OwnerType type, long id) {
        tree.remove(type, id);
        resolved.remove(type.name(), Long.toString(id));
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(VARIABLE_SCHEMA_VIEW).execute();
        resolved.clear();
        tree.clear();
        rows.clear();
    }
}
