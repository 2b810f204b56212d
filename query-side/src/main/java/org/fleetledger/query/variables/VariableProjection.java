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
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cell.CellRestored;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.HostRestored;
import org.fleetledger.events.device.HostUpdated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
import org.fleetledger.events.device.NetworkDeviceCreated;
import org.fleetledger.events.device.NetworkDeviceDeleted;
import org.fleetledger.events.device.NetworkDeviceRestored;
import org.fleetledger.events.device.NetworkDeviceUpdated;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.project.ProjectDeleted;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.region.RegionRestored;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableSchemaDeleted;
import org.fleetledger.events.variables.VariableSchemaSet;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;

import static org.fleetledger.query.jooq.Tables.VARIABLE_SCHEMA_VIEW;
import static org.fleetledger.query.jooq.Tables.VARIABLE_VIEW;

/**
 * Every resource's own variables, one row per top-level key, and the resolved variables of every
 * region, cell and device, kept current as variables, parents, labels and the tree change. Deleting
 * an owner deletes its variables.
 */
@Component
@ProcessingGroup(ReadModels.VARIABLES)
class VariableProjection {

    /**
     * All keys of one {@link VariablesSet} in one statement: keys and values travel as two arrays, and the
     * statement's text is the same for every event, so the driver prepares it once.
     */
    private static final String SET_VARIABLES = """
            insert into variable_view (owner_type, owner_id, project_id, key, value, set_by_user_id,
                                       set_by_username, set_at, change_note, position)
            select ?, ?, ?::uuid, u.key, u.value::jsonb, ?::bigint, ?, ?::timestamptz, ?, ?::bigint
            from unnest(?::text[], ?::text[]) as u(key, value)
            on conflict (owner_type, owner_id, key) do update
            set value = excluded.value, set_by_user_id = excluded.set_by_user_id,
                set_by_username = excluded.set_by_username, set_at = excluded.set_at,
                change_note = excluded.change_note, position = excluded.position
            """;

    private final DSLContext db;
    private final ResolutionTree tree;
    private final ResolvedVariables resolved;

    VariableProjection(DSLContext db, ResolutionTree tree, ResolvedVariables resolved) {
        this.db = db;
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

    @EventHandler
    void on(RegionRestored event) {
        on(event.asCreated());
    }

    @EventHandler
    void on(RegionCreated event) {
        tree.addRegion(event.regionId().value(), event.projectId().value(), event.cloudId().value());
        resolved.refresh(tree.node(OwnerType.REGION, event.regionId().value()));
    }

    @EventHandler
    void on(CellRestored event) {
        on(event.asCreated());
    }

    @EventHandler
    void on(CellCreated event) {
        tree.addCell(event.cellId().value(), event.projectId().value(), event.cloudId().value(),
                event.regionId().value());
        resolved.refresh(tree.node(OwnerType.CELL, event.cellId().value()));
    }

    @EventHandler
    void on(HostRestored event) {
        on(event.asCreated());
    }

    @EventHandler
    void on(HostCreated event) {
        addDevice(event.deviceId(), event.projectId(), event.cloudId(), event.regionId(), event.cellId(),
                event.parentId());
    }

    @EventHandler
    void on(NetworkDeviceRestored event) {
        on(event.asCreated());
    }

    @EventHandler
    void on(NetworkDeviceCreated event) {
        addDevice(event.deviceId(), event.projectId(), event.cloudId(), event.regionId(), event.cellId(),
                event.parentId());
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
        resolved.refresh(tree.node(OwnerType.DEVICE, event.deviceId().value()));
    }

    @EventHandler
    void on(LabelsRemoved event) {
        tree.removeLabels(event.deviceId().value(), event.labels());
        resolved.refresh(tree.node(OwnerType.DEVICE, event.deviceId().value()));
    }

    @EventHandler
    void on(VariablesSet event, MetaData metaData, @Timestamp Instant at, TrackingToken token) {
        Object userId = metaData.get(LedgerMetadata.ACTOR_USER_ID);
        Object username = metaData.get(LedgerMetadata.ACTOR_USERNAME);
        Object note = metaData.get(LedgerMetadata.CHANGE_NOTE);
        Long position = token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
        String[] keys = new String[event.values().size()];
        String[] values = new String[keys.length];
        int i = 0;
        for (Map.Entry<String, Object> entry : event.values().entrySet()) {
            keys[i] = entry.getKey();
            values[i++] = VariableJson.toText(entry.getValue());
        }
        // through JDBC's executeUpdate: jOOQ runs a plain SQL statement with execute(), which a rebuild's
        // batching connection sends at once; as an update, consecutive events travel as one batch
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SET_VARIABLES)) {
                statement.setString(1, event.owner().type().name());
                statement.setString(2, event.owner().id());
                statement.setObject(3, event.projectId().value());
                statement.setObject(4, userId instanceof Number number ? number.longValue() : null, Types.BIGINT);
                statement.setString(5, username == null ? null : username.toString());
                statement.setObject(6, ProjectionTime.of(at));
                statement.setString(7, note == null ? null : note.toString());
                statement.setObject(8, position, Types.BIGINT);
                statement.setArray(9, connection.createArrayOf("text", keys));
                statement.setArray(10, connection.createArrayOf("text", values));
                statement.executeUpdate();
            }
        });
        resolved.refresh(tree.dependingOn(event.owner().type(), event.owner().id()));
    }

    @EventHandler
    void on(VariablesDeleted event) {
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(event.owner().type().name()))
                .and(VARIABLE_VIEW.OWNER_ID.eq(event.owner().id()))
                .and(VARIABLE_VIEW.KEY.in(event.keys()))
                .execute();
        resolved.refresh(tree.dependingOn(event.owner().type(), event.owner().id()));
    }

    @EventHandler
    void on(CloudDeleted event) {
        deleteAllOf(OwnerType.CLOUD, Long.toString(event.cloudId().value()));
    }

    @EventHandler
    void on(RegionDeleted event) {
        deleteAllOf(OwnerType.REGION, Long.toString(event.regionId().value()));
        removeNode(OwnerType.REGION, event.regionId().value());
    }

    @EventHandler
    void on(CellDeleted event) {
        deleteAllOf(OwnerType.CELL, Long.toString(event.cellId().value()));
        removeNode(OwnerType.CELL, event.cellId().value());
    }

    @EventHandler
    void on(HostDeleted event) {
        deleteAllOf(OwnerType.DEVICE, Long.toString(event.deviceId().value()));
        removeNode(OwnerType.DEVICE, event.deviceId().value());
    }

    @EventHandler
    void on(NetworkDeviceDeleted event) {
        deleteAllOf(OwnerType.DEVICE, Long.toString(event.deviceId().value()));
        removeNode(OwnerType.DEVICE, event.deviceId().value());
    }

    @EventHandler
    void on(NetworkDeleted event) {
        deleteAllOf(OwnerType.NETWORK, Long.toString(event.networkId().value()));
    }

    @EventHandler
    void on(NetworkInterfaceDeleted event) {
        deleteAllOf(OwnerType.NETWORK_INTERFACE, Long.toString(event.interfaceId().value()));
    }

    @EventHandler
    void on(ProjectDeleted event) {
        deleteAllOf(OwnerType.PROJECT, event.projectId().text());
        // a label is no resource that is deleted on its own: its variables go with the project
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(OwnerType.LABEL.name()))
                .and(VARIABLE_VIEW.PROJECT_ID.eq(event.projectId().value()))
                .execute();
        db.deleteFrom(VARIABLE_SCHEMA_VIEW).where(VARIABLE_SCHEMA_VIEW.PROJECT_ID.eq(event.projectId().value())).execute();
        tree.removeProject(event.projectId().value());
        resolved.removeProject(event.projectId().value());
    }

    private void addDevice(DeviceId device, ProjectId project, CloudId cloud, RegionId region, CellId cell,
                           DeviceId parent) {
        tree.addDevice(device.value(), project.value(), cloud.value(), region.value(),
                cell == null ? null : cell.value(), parent == null ? null : parent.value());
        resolved.refresh(tree.node(OwnerType.DEVICE, device.value()));
    }

    private void moveDevice(DeviceId device, DeviceId parent) {
        if (tree.moveDevice(device.value(), parent == null ? null : parent.value())) {
            resolved.refresh(tree.deviceAndBelow(device.value()));
        }
    }

    private void removeNode(OwnerType type, long id) {
        tree.remove(type, id);
        resolved.remove(type.name(), Long.toString(id));
    }

    private void deleteAllOf(OwnerType type, String id) {
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(type.name()))
                .and(VARIABLE_VIEW.OWNER_ID.eq(id))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(VARIABLE_SCHEMA_VIEW).execute();
        resolved.clear();
        tree.clear();
        db.deleteFrom(VARIABLE_VIEW).execute();
    }
}
