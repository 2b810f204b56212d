package org.fleetledger.query.network;

import org.fleetledger.query.jooq.tables.records.NetworkInterfaceViewRecord;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.support.Conditions;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

import static org.fleetledger.query.jooq.Tables.NETWORK_INTERFACE_VIEW;
import static org.fleetledger.query.support.Conditions.equalsIfGiven;

/** Reads of the network interfaces read model. */
@Component
public class NetworkInterfaceQueries {

    private static final KeysetPager PAGER = new KeysetPager(NETWORK_INTERFACE_VIEW, NETWORK_INTERFACE_VIEW.ID,
            Map.ofEntries(
                    Map.entry("id", NETWORK_INTERFACE_VIEW.ID),
                    Map.entry("name", NETWORK_INTERFACE_VIEW.NAME),
                    Map.entry("project_id", NETWORK_INTERFACE_VIEW.PROJECT_ID),
                    Map.entry("device_id", NETWORK_INTERFACE_VIEW.DEVICE_ID),
                    Map.entry("network_id", NETWORK_INTERFACE_VIEW.NETWORK_ID),
                    Map.entry("interface_type", NETWORK_INTERFACE_VIEW.INTERFACE_TYPE),
                    Map.entry("ip_address", NETWORK_INTERFACE_VIEW.IP_ADDRESS),
                    Map.entry("vlan_id", NETWORK_INTERFACE_VIEW.VLAN_ID),
                    Map.entry("port", NETWORK_INTERFACE_VIEW.PORT),
                    Map.entry("speed", NETWORK_INTERFACE_VIEW.SPEED),
                    Map.entry("created_at", NETWORK_INTERFACE_VIEW.CREATED_AT),
                    Map.entry("updated_at", NETWORK_INTERFACE_VIEW.UPDATED_AT)));

    private final DSLContext db;

    NetworkInterfaceQueries(DSLContext db) {
        this.db = db;
    }

    public Optional<NetworkInterfaceView> fetch(long interfaceId, ProjectFilter visibleTo) {
        return db.selectFrom(NETWORK_INTERFACE_VIEW)
                .where(Conditions.visible(NETWORK_INTERFACE_VIEW.PROJECT_ID, visibleTo))
                .and(NETWORK_INTERFACE_VIEW.ID.eq(interfaceId))
                .fetchOptional(NetworkInterfaceQueries::viewOf);
    }

    public Page<NetworkInterfaceView> list(ListNetworkInterfacesQuery query) {
        Condition where = Conditions.visible(NETWORK_INTERFACE_VIEW.PROJECT_ID, query.visibleTo())
                .and(equalsIfGiven(NETWORK_INTERFACE_VIEW.ID, query.id()))
                .and(equalsIfGiven(NETWORK_INTERFACE_VIEW.DEVICE_ID, query.deviceId()))
                .and(equalsIfGiven(NETWORK_INTERFACE_VIEW.IP_ADDRESS, query.ipAddress()))
                .and(equalsIfGiven(NETWORK_INTERFACE_VIEW.INTERFACE_TYPE, query.interfaceType()));
        return PAGER.page(db, where, query.page(), (Record row) -> viewOf(row.into(NETWORK_INTERFACE_VIEW)));
    }

    private static NetworkInterfaceView viewOf(NetworkInterfaceViewRecord row) {
        return new NetworkInterfaceView(row.getId(), row.getProjectId(), row.getDeviceId(), row.getNetworkId(),
                row.getName(), row.getInterfaceType(), row.getIpAddress(), row.getVlanId(), row.getPort(),
                row.getSpeed(), row.getVlan(), row.getDuplex(), row.getLink(), row.getCdp(), row.getSecurity(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
