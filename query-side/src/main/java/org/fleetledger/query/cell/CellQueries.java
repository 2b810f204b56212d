package org.fleetledger.query.cell;

import org.fleetledger.query.jooq.tables.records.CellViewRecord;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.search.VarsConditions;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.fleetledger.query.jooq.Tables.CELL_VIEW;

/** Reads of the cells read model. */
@Component
public class CellQueries {

    private static final KeysetPager PAGER = new KeysetPager(CELL_VIEW, CELL_VIEW.ID, Map.of(
            "id", CELL_VIEW.ID,
            "name", CELL_VIEW.NAME,
            "note", CELL_VIEW.NOTE,
            "project_id", CELL_VIEW.PROJECT_ID,
            "cloud_id", CELL_VIEW.CLOUD_ID,
            "region_id", CELL_VIEW.REGION_ID,
            "created_at", CELL_VIEW.CREATED_AT,
            "updated_at", CELL_VIEW.UPDATED_AT));

    private final DSLContext db;

    CellQueries(DSLContext db) {
        this.db = db;
    }

    public Optional<CellView> fetch(long cellId, ProjectFilter visibleTo) {
        return db.selectFrom(CELL_VIEW)
                .where(visible(visibleTo))
                .and(CELL_VIEW.ID.eq(cellId))
                .fetchOptional(CellQueries::viewOf);
    }

    /** Every cell of these regions that the caller sees. */
    public List<CellView> inRegions(Collection<Long> regionIds, ProjectFilter visibleTo) {
        return db.selectFrom(CELL_VIEW)
                .where(visible(visibleTo))
                .and(CELL_VIEW.REGION_ID.in(regionIds))
                .orderBy(CELL_VIEW.ID)
                .fetch(CellQueries::viewOf);
    }

    public Page<CellView> list(ListCellsQuery query) {
        Condition where = visible(query.visibleTo());
        if (query.id() != null) {
            where = where.and(CELL_VIEW.ID.eq(query.id()));
        }
        if (query.name() != null) {
            where = where.and(CELL_VIEW.NAME.eq(query.name()));
        }
        if (query.regionId() != null) {
            where = where.and(CELL_VIEW.REGION_ID.eq(query.regionId()));
        }
        if (query.cloudId() != null) {
            where = where.and(CELL_VIEW.CLOUD_ID.eq(query.cloudId()));
        }
        where = where.and(VarsConditions.matching(query.vars(), OwnerType.CELL, CELL_VIEW.ID));
        return PAGER.page(db, where, query.page(), (Record row) -> viewOf(row.into(CELL_VIEW)));
    }

    private static Condition visible(ProjectFilter filter) {
        return filter.allProjects() ? DSL.trueCondition() : CELL_VIEW.PROJECT_ID.eq(filter.project());
    }

    private static CellView viewOf(CellViewRecord row) {
        return new CellView(row.getId(), row.getProjectId(), row.getCloudId(), row.getRegionId(), row.getName(),
                row.getNote(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
