package org.fleetledger.query.device;

import org.fleetledger.query.jooq.tables.records.DeviceVersionRecord;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.search.VarsFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Map;

import static org.fleetledger.query.jooq.Tables.DEVICE_VERSION;
import static org.fleetledger.query.support.Conditions.equalsIfGiven;
import static org.fleetledger.query.support.Conditions.visible;

/**
 * Lists of devices as they were at a position of the log, read from their versions
 * ({@code device_version}): the same filters, sort keys and pages as a list of now.
 */
@Component
public class DevicePastQueries {

    private static final Map<String, Field<?>> SORTABLE = DeviceSortKeys.of(DEVICE_VERSION);
    private static final KeysetPager PAGER = new KeysetPager(DEVICE_VERSION, DEVICE_VERSION.ID, SORTABLE);

    private final DSLContext db;

    DevicePastQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * A page of the devices that existed at {@code position}, as they were then. The filters on
     * variables and on parents are not answered from versions: the query must not carry them.
     */
    public Page<DeviceView> list(ListDevicesQuery query, long position) {
        if (!VarsFilter.NONE.equals(query.vars()) || query.parentId() != null) {
            throw new IllegalArgumentException("device versions answer no vars or parent filter");
        }
        Condition where = visible(DEVICE_VERSION.PROJECT_ID, query.visibleTo())
                .and(DEVICE_VERSION.VALID_FROM.le(position))
                .and(DEVICE_VERSION.VALID_TO.isNull().or(DEVICE_VERSION.VALID_TO.gt(position)))
                .and(equalsIfGiven(DEVICE_VERSION.KIND, query.kind() == null ? null : query.kind().name()))
                .and(equalsIfGiven(DEVICE_VERSION.ID, query.id()))
                .and(equalsIfGiven(DEVICE_VERSION.NAME, query.name()))
                .and(equalsIfGiven(DEVICE_VERSION.CLOUD_ID, query.cloudId()))
                .and(equalsIfGiven(DEVICE_VERSION.REGION_ID, query.regionId()))
                .and(equalsIfGiven(DEVICE_VERSION.CELL_ID, query.cellId()))
                .and(equalsIfGiven(DEVICE_VERSION.DEVICE_TYPE, query.deviceType()))
                .and(equalsIfGiven(DEVICE_VERSION.IP_ADDRESS, query.ipAddress()))
                .and(equalsIfGiven(DEVICE_VERSION.ACTIVE, query.active()));
        if (query.label() != null) {
            where = where.and(DSL.val(query.label()).eq(DSL.any(DEVICE_VERSION.LABELS)));
        }
        return PAGER.page(db, where, query.page(), (Record row) -> viewOf(row.into(DEVICE_VERSION)));
    }

    private static DeviceView viewOf(DeviceVersionRecord row) {
        return new DeviceView(row.getId(), DeviceKind.valueOf(row.getKind()), row.getProjectId(), row.getCloudId(),
                row.getRegionId(), row.getCellId(), row.getParentId(), row.getName(), row.getIpAddress(),
                row.getDeviceType(), row.getActive(), row.getNote(), row.getModelName(), row.getOsVersion(),
                row.getVlans(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
