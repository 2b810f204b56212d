package org.fleetledger.query.device;

import org.fleetledger.query.jooq.tables.records.DeviceViewRecord;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.search.VarsConditions;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.support.Conditions;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.fleetledger.query.jooq.Tables.DEVICE_LABEL;
import static org.fleetledger.query.support.Conditions.equalsIfGiven;
import static org.fleetledger.query.jooq.Tables.DEVICE_VIEW;

/** Reads of the devices read model: hosts and network devices, their labels and their parent links. */
@Component
public class DeviceQueries {

    private static final Map<String, Field<?>> SORTABLE = DeviceSortKeys.of(DEVICE_VIEW);
    private static final KeysetPager PAGER = new KeysetPager(DEVICE_VIEW, DEVICE_VIEW.ID, SORTABLE);

    private final DSLContext db;

    DeviceQueries(DSLContext db) {
        this.db = db;
    }

    /** The device with this id, of the given kind (null: either). */
    public Optional<DeviceView> fetch(DeviceKind kind, long id, ProjectFilter visibleTo) {
        Condition where = visible(visibleTo).and(DEVICE_VIEW.ID.eq(id));
        if (kind != null) {
            where = where.and(DEVICE_VIEW.KIND.eq(kind.name()));
        }
        return db.selectFrom(DEVICE_VIEW).where(where).fetchOptional(DeviceQueries::viewOf);
    }

    public Page<DeviceView> list(ListDevicesQuery query) {
        Condition where = visible(query.visibleTo());
        if (query.kind() != null) {
            where = where.and(DEVICE_VIEW.KIND.eq(query.kind().name()));
        }
        where = where.and(equalsIfGiven(DEVICE_VIEW.ID, query.id()))
                .and(equalsIfGiven(DEVICE_VIEW.NAME, query.name()))
                .and(equalsIfGiven(DEVICE_VIEW.CLOUD_ID, query.cloudId()))
                .and(equalsIfGiven(DEVICE_VIEW.REGION_ID, query.regionId()))
                .and(equalsIfGiven(DEVICE_VIEW.CELL_ID, query.cellId()))
                .and(equalsIfGiven(DEVICE_VIEW.DEVICE_TYPE, query.deviceType()))
                .and(equalsIfGiven(DEVICE_VIEW.IP_ADDRESS, query.ipAddress()))
                .and(equalsIfGiven(DEVICE_VIEW.ACTIVE, query.active()));
        if (query.label() != null) {
            where = where.and(DEVICE_VIEW.ID.in(DSL.select(DEVICE_LABEL.DEVICE_ID).from(DEVICE_LABEL)
                    .where(DEVICE_LABEL.LABEL.eq(query.label()))));
        }
        if (query.parentId() != null) {
            where = where.and(query.descendants()
                    ? DEVICE_VIEW.ID.in(descendantsOf(query.parentId()))
                    : DEVICE_VIEW.PARENT_ID.eq(query.parentId()));
        }
        where = where.and(VarsConditions.matching(query.vars(), OwnerType.DEVICE, DEVICE_VIEW.ID));
        return PAGER.page(db, where, query.page(), (Record row) -> viewOf(row.into(DEVICE_VIEW)));
    }

    /** Every host visible to the caller, of a region and a cell if given (null: any), by id, unpaginated. */
    public List<DeviceView> hosts(ProjectFilter visibleTo, Long regionId, Long cellId) {
        return db.selectFrom(DEVICE_VIEW)
                .where(visible(visibleTo))
                .and(DEVICE_VIEW.KIND.eq(DeviceKind.HOST.name()))
                .and(equalsIfGiven(DEVICE_VIEW.REGION_ID, regionId))
                .and(equalsIfGiven(DEVICE_VIEW.CELL_ID, cellId))
                .orderBy(DEVICE_VIEW.ID)
                .fetch(DeviceQueries::viewOf);
    }

    /** The labels of each of these devices, in alphanumeric order; devices without labels are absent. */
    public Map<Long, List<String>> labelsOf(Collection<Long> deviceIds) {
        Map<Long, List<String>> labels = new HashMap<>();
        if (!deviceIds.isEmpty()) {
            db.select(DEVICE_LABEL.DEVICE_ID, DEVICE_LABEL.LABEL).from(DEVICE_LABEL)
                    .where(DEVICE_LABEL.DEVICE_ID.in(deviceIds))
                    .orderBy(DEVICE_LABEL.LABEL)
                    .forEach(row -> labels.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        }
        return labels;
    }

    /** The device's labels in alphanumeric order. */
    public List<String> labels(long deviceId) {
        return db.select(DEVICE_LABEL.LABEL).from(DEVICE_LABEL)
                .where(DEVICE_LABEL.DEVICE_ID.eq(deviceId))
                .orderBy(DEVICE_LABEL.LABEL)
                .fetch(DEVICE_LABEL.LABEL);
    }

    /** The kind of each of these devices, by id (for links to parents). */
    public Map<Long, DeviceKind> kindsOf(Collection<Long> ids) {
        Map<Long, DeviceKind> kinds = new HashMap<>();
        if (!ids.isEmpty()) {
            db.select(DEVICE_VIEW.ID, DEVICE_VIEW.KIND).from(DEVICE_VIEW).where(DEVICE_VIEW.ID.in(ids))
                    .forEach(row -> kinds.put(row.value1(), DeviceKind.valueOf(row.value2())));
        }
        return kinds;
    }

    /** Every device below this one through parent links, at any depth; the device itself excluded. */
    public Set<Long> descendantsOf(long deviceId) {
        Set<Long> found = new HashSet<>();
        Collection<Long> frontier = List.of(deviceId);
        while (!frontier.isEmpty()) {
            List<Long> children = db.select(DEVICE_VIEW.ID).from(DEVICE_VIEW)
                    .where(DEVICE_VIEW.PARENT_ID.in(frontier))
                    .fetch(DEVICE_VIEW.ID);
            frontier = children.stream().filter(found::add).toList();
        }
        found.remove(deviceId);
        return found;
    }

    private static Condition visible(ProjectFilter filter) {
        return Conditions.visible(DEVICE_VIEW.PROJECT_ID, filter);
    }

    private static DeviceView viewOf(DeviceViewRecord row) {
        return new DeviceView(row.getId(), DeviceKind.valueOf(row.getKind()), row.getProjectId(), row.getCloudId(),
                row.getRegionId(), row.getCellId(), row.getParentId(), row.getName(), row.getIpAddress(),
                row.getDeviceType(), row.getActive(), row.getNote(), row.getModelName(), row.getOsVersion(),
                row.getVlans(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
