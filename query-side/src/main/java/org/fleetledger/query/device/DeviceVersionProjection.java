package org.fleetledger.query.device;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
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
import org.fleetledger.query.jooq.tables.records.DeviceVersionRecord;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.HeldInserts;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.fleetledger.query.jooq.Tables.DEVICE_VERSION;

/**
 * The versions of every host and network device ({@code device_version}): each event that changes a
 * device's fields or labels ends its current version at the event's position and starts the next one
 * there; a delete only ends it. Variables are not kept here: the log answers them.
 */
@Component
@ProcessingGroup(ReadModels.DEVICE_VERSIONS)
class DeviceVersionProjection {

    private final DSLContext db;
    // a batch's first versions, inserted together as it commits (ADR 0049); every other change writes them first
    private final HeldInserts<DeviceVersionRecord> firstVersions;

    DeviceVersionProjection(DSLContext db) {
        this.db = db;
        this.firstVersions = new HeldInserts<>(db, DEVICE_VERSION);
    }

    @EventHandler
    void on(HostCreated event, @Timestamp Instant at, TrackingToken token) {
        DeviceVersionRecord first = firstVersion(DeviceKind.HOST, event.deviceId(), event.projectId(),
                event.cloudId(), event.regionId(), event.cellId(), event.parentId(), at, token);
        first.setName(event.name());
        first.setIpAddress(event.ipAddress());
        first.setDeviceType(event.deviceType());
        first.setActive(event.active());
        first.setNote(event.note());
        firstVersions.insert(first);
    }

    @EventHandler
    void on(HostRestored event, @Timestamp Instant at, TrackingToken token) {
        on(event.asCreated(), at, token);
    }

    @EventHandler
    void on(NetworkDeviceCreated event, @Timestamp Instant at, TrackingToken token) {
        DeviceVersionRecord first = firstVersion(DeviceKind.NETWORK_DEVICE, event.deviceId(), event.projectId(),
                event.cloudId(), event.regionId(), event.cellId(), event.parentId(), at, token);
        first.setName(event.name());
        first.setIpAddress(event.ipAddress());
        first.setDeviceType(event.deviceType());
        first.setActive(event.active());
        first.setModelName(event.modelName());
        first.setOsVersion(event.osVersion());
        first.setVlans(event.vlans());
        firstVersions.insert(first);
    }

    @EventHandler
    void on(NetworkDeviceRestored event, @Timestamp Instant at, TrackingToken token) {
        on(event.asCreated(), at, token);
    }

    @EventHandler
    void on(HostUpdated event, @Timestamp Instant at, TrackingToken token) {
        nextVersion(event.deviceId(), token, next -> {
            next.setParentId(idOf(event.parentId()));
            next.setName(event.name());
            next.setIpAddress(event.ipAddress());
            next.setDeviceType(event.deviceType());
            next.setActive(event.active());
            next.setNote(event.note());
            next.setUpdatedAt(ProjectionTime.of(at));
        });
    }

    @EventHandler
    void on(NetworkDeviceUpdated event, @Timestamp Instant at, TrackingToken token) {
        nextVersion(event.deviceId(), token, next -> {
            next.setParentId(idOf(event.parentId()));
            next.setName(event.name());
            next.setIpAddress(event.ipAddress());
            next.setDeviceType(event.deviceType());
            next.setModelName(event.modelName());
            next.setOsVersion(event.osVersion());
            next.setVlans(event.vlans());
            next.setUpdatedAt(ProjectionTime.of(at));
        });
    }

    @EventHandler
    void on(LabelsAdded event, TrackingToken token) {
        nextVersion(event.deviceId(), token, next -> {
            TreeSet<String> labels = new TreeSet<>(Arrays.asList(next.getLabels()));
            labels.addAll(event.labels());
            next.setLabels(labels.toArray(String[]::new));
        });
    }

    @EventHandler
    void on(LabelsRemoved event, TrackingToken token) {
        nextVersion(event.deviceId(), token, next -> {
            TreeSet<String> labels = new TreeSet<>(Arrays.asList(next.getLabels()));
            event.labels().forEach(labels::remove);
            next.setLabels(labels.toArray(String[]::new));
        });
    }

    @EventHandler
    void on(HostDeleted event, TrackingToken token) {
        endCurrent(event.deviceId(), token);
    }

    @EventHandler
    void on(NetworkDeviceDeleted event, TrackingToken token) {
        endCurrent(event.deviceId(), token);
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DEVICE_VERSION).execute();
    }

    /** A device's first version (after its creation or restore): where it sits, from the event's position. */
    private DeviceVersionRecord firstVersion(DeviceKind kind, DeviceId device, ProjectId project, CloudId cloud,
                                             RegionId region, CellId cell, DeviceId parent, Instant at,
                                             TrackingToken token) {
        DeviceVersionRecord first = db.newRecord(DEVICE_VERSION);
        first.setId(device.value());
        first.setValidFrom(position(token));
        first.setKind(kind.name());
        first.setProjectId(project.value());
        first.setCloudId(cloud.value());
        first.setRegionId(region.value());
        first.setCellId(cell == null ? null : cell.value());
        first.setParentId(idOf(parent));
        first.setLabels(new String[0]);
        first.setCreatedAt(ProjectionTime.of(at));
        return first;
    }

    /** Ends the current version at the event's position and starts a copy of it there, as {@code change} alters it. */
    private void nextVersion(DeviceId device, TrackingToken token, Consumer<DeviceVersionRecord> change) {
        long position = position(token);
        List<DeviceVersionRecord> ended = endCurrent(device, position);
        if (ended.isEmpty()) {
            return; // replayed twice: the version this event starts exists already
        }
        DeviceVersionRecord next = ended.getFirst().into(DEVICE_VERSION);
        next.setValidFrom(position);
        next.setValidTo(null);
        change.accept(next);
        next.changed(true);
        db.insertInto(DEVICE_VERSION).set(next).execute();
    }

    private void endCurrent(DeviceId device, TrackingToken token) {
        endCurrent(device, position(token));
    }

    private List<DeviceVersionRecord> endCurrent(DeviceId device, long position) {
        firstVersions.write();
        return db.update(DEVICE_VERSION)
                .set(DEVICE_VERSION.VALID_TO, position)
                .where(DEVICE_VERSION.ID.eq(device.value()))
                .and(DEVICE_VERSION.VALID_TO.isNull())
                .and(DEVICE_VERSION.VALID_FROM.lt(position))
                .returning()
                .fetch();
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("an event without a log position"));
    }

    private static Long idOf(DeviceId device) {
        return device == null ? null : device.value();
    }
}
