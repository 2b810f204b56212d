package org.fleetledger.query.network;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fleetledger.events.network.NetworkCreated;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkInterfaceCreated;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.network.NetworkInterfaceRestored;
import org.fleetledger.events.network.NetworkInterfaceUpdated;
import org.fleetledger.events.network.NetworkRestored;
import org.fleetledger.events.network.NetworkUpdated;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.fleetledger.query.jooq.Tables.NETWORK_INTERFACE_VIEW;
import static org.fleetledger.query.jooq.Tables.NETWORK_VIEW;

/** Networks and network interfaces, one row each. */
@Component
@ProcessingGroup(ReadModels.NETWORKS)
class NetworkProjection {

    private final DSLContext db;

    NetworkProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(NetworkRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
    }

    @EventHandler
    void on(NetworkCreated event, @Timestamp Instant at) {
        db.insertInto(NETWORK_VIEW)
                .set(NETWORK_VIEW.ID, event.networkId().value())
                .set(NETWORK_VIEW.PROJECT_ID, event.projectId().value())
                .set(NETWORK_VIEW.CLOUD_ID, event.cloudId().value())
                .set(NETWORK_VIEW.REGION_ID, event.regionId().value())
                .set(NETWORK_VIEW.CELL_ID, event.cellId() == null ? null : event.cellId().value())
                .set(NETWORK_VIEW.NAME, event.name())
                .set(NETWORK_VIEW.CIDR, event.cidr())
                .set(NETWORK_VIEW.GATEWAY, event.gateway())
                .set(NETWORK_VIEW.NETMASK, event.netmask())
                .set(NETWORK_VIEW.IP_BLOCK_TYPE, event.ipBlockType())
                .set(NETWORK_VIEW.NSS, event.nss())
                .set(NETWORK_VIEW.CREATED_AT, ProjectionTime.of(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(NetworkUpdated event, @Timestamp Instant at) {
        db.update(NETWORK_VIEW)
                .set(NETWORK_VIEW.NAME, event.name())
                .set(NETWORK_VIEW.CIDR, event.cidr())
                .set(NETWORK_VIEW.GATEWAY, event.gateway())
                .set(NETWORK_VIEW.NETMASK, event.netmask())
                .set(NETWORK_VIEW.IP_BLOCK_TYPE, event.ipBlockType())
                .set(NETWORK_VIEW.NSS, event.nss())
                .set(NETWORK_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(NETWORK_VIEW.ID.eq(event.networkId().value()))
                .execute();
    }

    @EventHandler
    void on(NetworkDeleted event) {
        db.deleteFrom(NETWORK_VIEW).where(NETWORK_VIEW.ID.eq(event.networkId().value())).execute();
    }

    @EventHandler
    void on(NetworkInterfaceRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
    }

    @EventHandler
    void on(NetworkInterfaceCreated event, @Timestamp Instant at) {
        db.insertInto(NETWORK_INTERFACE_VIEW)
                .set(NETWORK_INTERFACE_VIEW.ID, event.interfaceId().value())
                .set(NETWORK_INTERFACE_VIEW.PROJECT_ID, event.projectId().value())
                .set(NETWORK_INTERFACE_VIEW.DEVICE_ID, event.deviceId().value())
                .set(NETWORK_INTERFACE_VIEW.NETWORK_ID, event.networkId() == null ? null : event.networkId().value())
                .set(NETWORK_INTERFACE_VIEW.NAME, event.name())
                .set(NETWORK_INTERFACE_VIEW.INTERFACE_TYPE, event.interfaceType())
                .set(NETWORK_INTERFACE_VIEW.IP_ADDRESS, event.ipAddress())
                .set(NETWORK_INTERFACE_VIEW.VLAN_ID, event.vlanId())
                .set(NETWORK_INTERFACE_VIEW.PORT, event.port())
                .set(NETWORK_INTERFACE_VIEW.SPEED, event.speed())
                .set(NETWORK_INTERFACE_VIEW.VLAN, event.vlan())
                .set(NETWORK_INTERFACE_VIEW.DUPLEX, event.duplex())
                .set(NETWORK_INTERFACE_VIEW.LINK, event.link())
                .set(NETWORK_INTERFACE_VIEW.CDP, event.cdp())
                .set(NETWORK_INTERFACE_VIEW.SECURITY, event.security())
                .set(NETWORK_INTERFACE_VIEW.CREATED_AT, ProjectionTime.of(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(NetworkInterfaceUpdated event, @Timestamp Instant at) {
        db.update(NETWORK_INTERFACE_VIEW)
                .set(NETWORK_INTERFACE_VIEW.NAME, event.name())
                .set(NETWORK_INTERFACE_VIEW.INTERFACE_TYPE, event.interfaceType())
                .set(NETWORK_INTERFACE_VIEW.VLAN, event.vlan())
                .set(NETWORK_INTERFACE_VIEW.PORT, event.port())
                .set(NETWORK_INTERFACE_VIEW.DUPLEX, event.duplex())
                .set(NETWORK_INTERFACE_VIEW.SPEED, event.speed())
                .set(NETWORK_INTERFACE_VIEW.LINK, event.link())
                .set(NETWORK_INTERFACE_VIEW.CDP, event.cdp())
                .set(NETWORK_INTERFACE_VIEW.SECURITY, event.security())
                .set(NETWORK_INTERFACE_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(NETWORK_INTERFACE_VIEW.ID.eq(event.interfaceId().value()))
                .execute();
    }

    @EventHandler
    void on(NetworkInterfaceDeleted event) {
        db.deleteFrom(NETWORK_INTERFACE_VIEW)
                .where(NETWORK_INTERFACE_VIEW.ID.eq(event.interfaceId().value()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(NETWORK_INTERFACE_VIEW).execute();
        db.deleteFrom(NETWORK_VIEW).execute();
    }
}
