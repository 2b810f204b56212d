package org.fleetledger.query.network;

import org.fleetledger.query.jooq.tables.records.NetworkViewRecord;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.search.VarsConditions;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.support.Conditions;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

import static org.fleetledger.query.jooq.Tables.NETWORK_VIEW;
import static org.fleetledger.query.support.Conditions.equalsIfGiven;

/** Reads of the networks read model. */
@Component
public class NetworkQueries {

    private static final KeysetPager PAGER = new KeysetPager(NETWORK_VIEW, NETWORK_VIEW.ID, Map.ofEntries(
            Map.entry("id", NETWORK_VIEW.ID),
            Map.entry("name", NETWORK_VIEW.NAME),
            Map.entry("project_id", NETWORK_VIEW.PROJECT_ID),
            Map.entry("cloud_id", NETWORK_VIEW.CLOUD_ID),
            Map.entry("region_id", NETWORK_VIEW.REGION_ID),
            Map.entry("cell_id", NETWORK_VIEW.CELL_ID),
            Map.entry("cidr", NETWORK_VIEW.CIDR),
            Map.entry("gateway", NETWORK_VIEW.GATEWAY),
            Map.entry("netmask", NETWORK_VIEW.NETMASK),
            Map.entry("ip_block_type", NETWORK_VIEW.IP_BLOCK_TYPE),
            Map.entry("nss", NETWORK_VIEW.NSS),
            Map.entry("created_at", NETWORK_VIEW.CREATED_AT),
            Map.entry("updated_at", NETWORK_VIEW.UPDATED_AT)));

    private final DSLContext db;

    NetworkQueries(DSLContext db) {
        this.db = db;
    }

    public Optional<NetworkView> fetch(long networkId, ProjectFilter visibleTo) {
        return db.selectFrom(NETWORK_VIEW)
                .where(Conditions.visible(NETWORK_VIEW.PROJECT_ID, visibleTo))
                .and(NETWORK_VIEW.ID.eq(networkId))
                .fetchOptional(NetworkQueries::viewOf);
    }

    public Page<NetworkView> list(ListNetworksQuery query) {
        Condition where = Conditions.visible(NETWORK_VIEW.PROJECT_ID, query.visibleTo())
                .and(equalsIfGiven(NETWORK_VIEW.ID, query.id()))
                .and(equalsIfGiven(NETWORK_VIEW.NAME, query.name()))
                .and(equalsIfGiven(NETWORK_VIEW.REGION_ID, query.regionId()))
                .and(equalsIfGiven(NETWORK_VIEW.CELL_ID, query.cellId()))
                .and(VarsConditions.matching(query.vars(), OwnerType.NETWORK, NETWORK_VIEW.ID));
        return PAGER.page(db, where, query.page(), (Record row) -> viewOf(row.into(NETWORK_VIEW)));
    }

    private static NetworkView viewOf(NetworkViewRecord row) {
        return new NetworkView(row.getId(), row.getProjectId(), row.getCloudId(), row.getRegionId(), row.getCellId(),
                row.getName(), row.getCidr(), row.getGateway(), row.getNetmask(), row.getIpBlockType(), row.getNss(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
