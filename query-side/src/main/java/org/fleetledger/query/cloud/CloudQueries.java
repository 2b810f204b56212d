package org.fleetledger.query.cloud;

import org.fleetledger.query.jooq.tables.records.CloudViewRecord;
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
import java.util.Map;
import java.util.Optional;

import static org.fleetledger.query.jooq.Tables.CLOUD_VIEW;

/** Reads of the clouds read model. */
@Component
public class CloudQueries {

    private static final KeysetPager PAGER = new KeysetPager(CLOUD_VIEW, CLOUD_VIEW.ID, Map.of(
            "id", CLOUD_VIEW.ID,
            "name", CLOUD_VIEW.NAME,
            "note", CLOUD_VIEW.NOTE,
            "project_id", CLOUD_VIEW.PROJECT_ID,
            "created_at", CLOUD_VIEW.CREATED_AT,
            "updated_at", CLOUD_VIEW.UPDATED_AT));

    private final DSLContext db;

    CloudQueries(DSLContext db) {
        this.db = db;
    }

    public Optional<CloudView> fetch(FetchCloudQuery query) {
        return db.selectFrom(CLOUD_VIEW)
                .where(visibleTo(query.visibleTo()))
                .and(CLOUD_VIEW.ID.eq(query.cloudId()))
                .fetchOptional(CloudQueries::viewOf);
    }

    public Page<CloudView> list(ListCloudsQuery query) {
        Condition where = visibleTo(query.visibleTo())
                .and(VarsConditions.matching(query.vars(), OwnerType.CLOUD, CLOUD_VIEW.ID));
        return PAGER.page(db, where, query.page(), (Record row) -> viewOf(row.into(CLOUD_VIEW)));
    }

    /**
     * The one cloud a lookup names, or empty. With both a name and an id, the name must exist and the
     * id picks the answer, as in Craton. A name held in several visible projects (only root sees
     * several) is refused rather than answered with an arbitrary one.
     */
    public Optional<CloudView> lookUp(LookUpCloudQuery query) {
        Condition visible = visibleTo(query.visibleTo());
        if (query.name() != null) {
            List<CloudView> named = db.selectFrom(CLOUD_VIEW).where(visible)
                    .and(CLOUD_VIEW.NAME.eq(query.name()))
                    .orderBy(CLOUD_VIEW.ID)
                    .fetch(CloudQueries::viewOf);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            if (query.id() == null) {
                if (named.size() > 1) {
                    throw new QueryRejectedException("More than one cloud is named \"" + query.name()
                            + "\" in the projects you can see; add the id to choose one.");
                }
                return Optional.of(named.getFirst());
            }
        }
        return fetch(new FetchCloudQuery(query.id(), query.visibleTo()));
    }

    private static Condition visibleTo(ProjectFilter filter) {
        return filter.allProjects() ? DSL.trueCondition() : CLOUD_VIEW.PROJECT_ID.eq(filter.project());
    }

    private static CloudView viewOf(CloudViewRecord row) {
        return new CloudView(row.getId(), row.getProjectId(), row.getName(), row.getNote(), row.getCreatedAt(),
                row.getUpdatedAt());
    }
}
