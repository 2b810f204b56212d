package org.fleetledger.query.device;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fleetledger.events.cell.CellId;
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
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.query.jooq.tables.records.DeviceViewRecord;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.HeldInserts;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.fleetledger.query.jooq.Tables.DEVICE_LABEL;
import static org.fleetledger.query.jooq.Tables.DEVICE_VIEW;

@Component
@ProcessingGroup(ReadModels.DEVICES)
class DeviceProjection {

    private final DSLContext db;
    // a batch's new devices, inserted together as it commits (ADR 0049); every other handler writes them first
    private final HeldInserts<DeviceViewRecord> newDevices;

    DeviceProjection(DSLContext db) {
        this.db = db;
        this.newDevices = new HeldInserts<>(db, DEVICE_VIEW);
    }

    @EventHandler
    void on(HostRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
    }

    @EventHandler
    void on(HostCreated event, @Timestamp Instant at) {
        DeviceViewRecord row = newDevice(DeviceKind.HOST, event.deviceId(), event.projectId(), event.cloudId(),
                event.regionId(), event.cellId(), event.parentId(), at);
        row.setName(event.name());
        row.setIpAddress(event.ipAddress());
        row.setDeviceType(event.deviceType());
        row.setActive(event.active());
        row.setNote(event.note());
        newDevices.insert(row);
    }

    @EventHandler
    void on(NetworkDeviceRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
    }

    @EventHandler
    void on(NetworkDeviceCreated event, @Timestamp Instant at) {
        DeviceViewRecord row = newDevice(DeviceKind.NETWORK_DEVICE, event.deviceId(), event.projectId(),
                event.cloudId(), event.regionId(), event.cellId(), event.parentId(), at);
        row.setName(event.name());
        row.setIpAddress(event.ipAddress());
        row.setDeviceType(event.deviceType());
        row.setActive(event.active());
        row.setModelName(event.modelName());
        row.setOsVersion(event.osVersion());
        row.setVlans(event.vlans());
        newDevices.insert(row);
    }

    @EventHandler
    void on(HostUpdated event, @Timestamp Instant at) {
        newDevices.write();
        db.update(DEVICE_VIEW)
                .set(DEVICE_VIEW.PARENT_ID, idOf(event.parentId()))
                .set(DEVICE_VIEW.NAME, event.name())
                .set(DEVICE_VIEW.IP_ADDRESS, event.ipAddress())
                .set(DEVICE_VIEW.DEVICE_TYPE, event.deviceType())
                .set(DEVICE_VIEW.ACTIVE, event.active())
                .set(DEVICE_VIEW.NOTE, event.note())
                .set(DEVICE_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(DEVICE_VIEW.ID.eq(event.deviceId().value()))
                .execute();
    }

    @EventHandler
    void on(NetworkDeviceUpdated event, @Timestamp Instant at) {
        newDevices.write();
        db.update(DEVICE_VIEW)
                .set(DEVICE_VIEW.PARENT_ID, idOf(event.parentId()))
                .set(DEVICE_VIEW.NAME, event.name())
                .set(DEVICE_VIEW.IP_ADDRESS, event.ipAddress())
                .set(DEVICE_VIEW.DEVICE_TYPE, event.deviceType())
                .set(DEVICE_VIEW.MODEL_NAME, event.modelName())
                .set(DEVICE_VIEW.OS_VERSION, event.osVersion())
                .set(DEVICE_VIEW.VLANS, event.vlans())
                .set(DEVICE_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(DEVICE_VIEW.ID.eq(event.deviceId().value()))
                .execute();
    }

    @EventHandler
    void on(HostDeleted event) {
        delete(event.deviceId());
    }

    @EventHandler
    void on(NetworkDeviceDeleted event) {
        delete(event.deviceId());
    }

    @EventHandler
    void on(LabelsAdded event) {
        newDevices.write();
        for (String label : event.labels()) {
            db.insertInto(DEVICE_LABEL)
                    .set(DEVICE_LABEL.DEVICE_ID, event.deviceId().value())
                    .set(DEVICE_LABEL.PROJECT_ID, event.projectId().value())
                    .set(DEVICE_LABEL.LABEL, label)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    @EventHandler
    void on(LabelsRemoved event) {
        newDevices.write();
        db.deleteFrom(DEVICE_LABEL)
                .where(DEVICE_LABEL.DEVICE_ID.eq(event.deviceId().value()))
                .and(DEVICE_LABEL.LABEL.in(event.labels()))
                .execute();
    }

    private void delete(DeviceId device) {
        newDevices.write();
        db.deleteFrom(DEVICE_LABEL).where(DEVICE_LABEL.DEVICE_ID.eq(device.value())).execute();
        db.deleteFrom(DEVICE_VIEW).where(DEVICE_VIEW.ID.eq(device.value())).execute();
    }

    /** A new device's row: where it sits and when it was created; its kind's own fields are the caller's. */
    private static DeviceViewRecord newDevice(DeviceKind kind, DeviceId device, ProjectId project, CloudId cloud,
                                              RegionId region, CellId cell, DeviceId parent, Instant at) {
        DeviceViewRecord row = new DeviceViewRecord();
        row.setId(device.value());
        row.setProjectId(project.value());
        row.setKind(kind.name());
        row.setCloudId(cloud.value());
        row.setRegionId(region.value());
        row.setCellId(cell == null ? null : cell.value());
        row.setParentId(idOf(parent));
        row.setCreatedAt(ProjectionTime.of(at));
        return row;
    }

    private static Long idOf(DeviceId device) {
        return device == null ? null : device.value();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DEVICE_LABEL).execute();
        db.deleteFrom(DEVICE_VIEW).execute();
    }
}
