package org.fleetledger.query.region;

import org.fleetledger.query.jooq.tables.records.RegionViewRecord;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.search.VarsConditions;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.support.ProjectFilter;
import org.fleetledger.query.support.QueryRejectedException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.fleetledger.query.jooq.Tables.REGION_VIEW;

/** Reads of the regions read model. */
@Component
public class RegionQueries {

    private static final KeysetPager PAGER = new KeysetPager(REGION_VIEW, REGION_VIEW.ID, Map.of(
            "id", REGION_VIEW.ID,
            "name", REGION_VIEW.NAME,
            "note", REGION_VIEW.NOTE,
            "project_id", REGION_VIEW.PROJECT_ID,
            "cloud_id", REGION_VIEW.CLOUD_ID,
            "created_at", REGION_VIEW.CREATED_AT,
            "updated_at", REGION_VIEW.UPDATED_AT));

    private final DSLContext db;

    RegionQueries(DSLContext db) {
        this.db = db;
    }

    public Optional<RegionView> fetch(long regionId, ProjectFilter visibleTo) {
        return db.selectFrom(REGION_VIEW)
                .where(visible(visibleTo))
                .and(REGION_VIEW.ID.eq(regionId))
                .fetchOptional(RegionQueries::viewOf);
    }

    /** The regions with these ids that the caller sees. */
    public List<RegionView> fetchAll(Collection<Long> regionIds, ProjectFilter visibleTo) {
        return db.selectFrom(REGION_VIEW)
                .where(visible(visibleTo))
                .and(REGION_VIEW.ID.in(regionIds))
                .orderBy(REGION_VIEW.ID)
                .fetch(RegionQueries::viewOf);
    }

    public Page<RegionView> list(ListRegionsQuery query) {
        Condition where = visible(query.visibleTo());
        if (query.cloudId() != null) {
            where = where.and(REGION_VIEW.CLOUD_ID.eq(query.cloudId()));
        }
        where = where.and(VarsConditions.matching(query.vars(), OwnerType.REGION, REGION_VIEW.ID));
        return PAGER.page(db, where, query.page(), (Record row) -> viewOf(row.into(REGION_VIEW)));
    }

    /** Lookup mode, as for clouds; a name in several visible clouds is refused rather than guessed. */
    public Optional<RegionView> lookUp(LookUpRegionQuery query) {
        Condition visible = visible(query.visibleTo());
        if (query.name() != null) {
            List<RegionView> named = db.selectFrom(REGION_VIEW).where(visible)
                    .and(REGION_VIEW.NAME.eq(query.name()))
                    .orderBy(REGION_VIEW.ID)
                    .fetch(RegionQueries::viewOf);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            if (query.id() == null) {
                if (named.size() > 1) {
                    throw new QueryRejectedException("More than one region is named \"" + query.name()
                            + "\" in the clouds you can see; add the id to choose one.");
                }
                return Optional.of(named.getFirst());
            }
        }
        return fetch(query.id(), query.visibleTo());
    }

    private static Condition visible(ProjectFilter filter) {
        return filter.allProjects() ? DSL.trueCondition() : REGION_VIEW.PROJECT_ID.eq(filter.project());
    }

    private static RegionView viewOf(RegionViewRecord row) {
        return new RegionView(row.getId(), row.getProjectId(), row.getCloudId(), row.getName(), row.getNote(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
