package org.fleetledger.query.variables;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.fleetledger.events.cell.CellDeleted;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.NetworkDeviceDeleted;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.project.ProjectDeleted;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.query.progress.ReadModels;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.Map;

import static org.fleetledger.query.jooq.Tables.VARIABLE_VIEW;

/** Every resource's own variables, one row per top-level key. Deleting an owner deletes its variables. */
@Component
@ProcessingGroup(ReadModels.VARIABLES)
class VariableProjection {

    private final DSLContext db;

    VariableProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(VariablesSet event) {
        for (Map.Entry<String, Object> entry : event.values().entrySet()) {
            var value = VariableJson.toJsonb(entry.getValue());
            db.insertInto(VARIABLE_VIEW)
                    .set(VARIABLE_VIEW.OWNER_TYPE, event.owner().type().name())
                    .set(VARIABLE_VIEW.OWNER_ID, event.owner().id())
                    .set(VARIABLE_VIEW.PROJECT_ID, event.projectId().value())
                    .set(VARIABLE_VIEW.KEY, entry.getKey())
                    .set(VARIABLE_VIEW.VALUE, value)
                    .onConflict(VARIABLE_VIEW.OWNER_TYPE, VARIABLE_VIEW.OWNER_ID, VARIABLE_VIEW.KEY)
                    .doUpdate()
                    .set(VARIABLE_VIEW.VALUE, value)
                    .execute();
        }
    }

    @EventHandler
    void on(VariablesDeleted event) {
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(event.owner().type().name()))
                .and(VARIABLE_VIEW.OWNER_ID.eq(event.owner().id()))
                .and(VARIABLE_VIEW.KEY.in(event.keys()))
                .execute();
    }

    @EventHandler
    void on(CloudDeleted event) {
        deleteAllOf(OwnerType.CLOUD, Long.toString(event.cloudId().value()));
    }

    @EventHandler
    void on(RegionDeleted event) {
        deleteAllOf(OwnerType.REGION, Long.toString(event.regionId().value()));
    }

    @EventHandler
    void on(CellDeleted event) {
        deleteAllOf(OwnerType.CELL, Long.toString(event.cellId().value()));
    }

    @EventHandler
    void on(HostDeleted event) {
        deleteAllOf(OwnerType.DEVICE, Long.toString(event.deviceId().value()));
    }

    @EventHandler
    void on(NetworkDeviceDeleted event) {
        deleteAllOf(OwnerType.DEVICE, Long.toString(event.deviceId().value()));
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
    }

    private void deleteAllOf(OwnerType type, String id) {
        db.deleteFrom(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(type.name()))
                .and(VARIABLE_VIEW.OWNER_ID.eq(id))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(VARIABLE_VIEW).execute();
    }
}
