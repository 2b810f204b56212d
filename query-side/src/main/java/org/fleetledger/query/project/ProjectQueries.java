package org.fleetledger.query.project;

import org.fleetledger.query.jooq.tables.records.ProjectViewRecord;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.search.VarsConditions;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.PROJECT_VIEW;

/** Reads of the projects read model. */
@Component
public class ProjectQueries {

    private static final KeysetPager PAGER = new KeysetPager(PROJECT_VIEW, PROJECT_VIEW.ID, Map.of(
            "id", PROJECT_VIEW.ID,
            "name", PROJECT_VIEW.NAME,
            "created_at", PROJECT_VIEW.CREATED_AT,
            "updated_at", PROJECT_VIEW.UPDATED_AT));

    private final DSLContext db;

    ProjectQueries(DSLContext db) {
        this.db = db;
    }

    public boolean exists(UUID projectId) {
        return db.fetchExists(PROJECT_VIEW, PROJECT_VIEW.ID.eq(projectId));
    }

    /** Whether every write in the project must carry a change note; empty for an unknown project. */
    Optional<Boolean> changeNoteRule(UUID projectId) {
        return db.select(PROJECT_VIEW.REQUIRE_CHANGE_NOTE).from(PROJECT_VIEW).where(PROJECT_VIEW.ID.eq(projectId))
                .fetchOptional(PROJECT_VIEW.REQUIRE_CHANGE_NOTE);
    }

    public Optional<ProjectView> fetch(UUID projectId, ProjectFilter visibleTo) {
        return db.selectFrom(PROJECT_VIEW)
                .where(visible(visibleTo)).and(PROJECT_VIEW.ID.eq(projectId))
                .fetchOptional(ProjectQueries::viewOf);
    }

    /**
     * A page of projects; {@code namePattern}, when given, is an SQL LIKE pattern, as Craton reads it;
     * {@code vars}: a filter on own variables, empty for none.
     */
    public Page<ProjectView> list(ProjectFilter visibleTo, String namePattern, VarsFilter vars,
                                  PageRequest page) {
        Condition where = visible(visibleTo)
                .and(VarsConditions.matching(vars, OwnerType.PROJECT, PROJECT_VIEW.ID));
        if (namePattern != null) {
            where = where.and(PROJECT_VIEW.NAME.like(namePattern));
        }
        return PAGER.page(db, where, page, (Record row) -> viewOf(row.into(PROJECT_VIEW)));
    }

    private static Condition visible(ProjectFilter filter) {
        return filter.allProjects() ? DSL.trueCondition() : PROJECT_VIEW.ID.eq(filter.project());
    }

    private static ProjectView viewOf(ProjectViewRecord row) {
        return new ProjectView(row.getId(), row.getName(), row.getRequireChangeNote(), row.getCreatedAt(),
                row.getUpdatedAt());
    }
}
