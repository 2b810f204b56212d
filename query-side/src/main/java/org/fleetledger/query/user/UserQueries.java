package org.fleetledger.query.user;

import org.fleetledger.events.user.ApiKeyHash;
import org.fleetledger.events.user.Role;
import org.fleetledger.query.jooq.tables.records.UserViewRecord;
import org.fleetledger.query.paging.KeysetPager;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.USER_VIEW;

/** Reads of the users read model. */
@Component
public class UserQueries {

    private static final KeysetPager PAGER = new KeysetPager(USER_VIEW, USER_VIEW.ID, Map.of(
            "id", USER_VIEW.ID,
            "username", USER_VIEW.USERNAME,
            "project_id", USER_VIEW.PROJECT_ID,
            "created_at", USER_VIEW.CREATED_AT,
            "updated_at", USER_VIEW.UPDATED_AT));

    private final DSLContext db;

    UserQueries(DSLContext db) {
        this.db = db;
    }

    public Optional<UserCredentials> credentials(UUID projectId, String username) {
        return db.selectFrom(USER_VIEW)
                .where(USER_VIEW.PROJECT_ID.eq(projectId))
                .and(USER_VIEW.USERNAME.eq(username))
                .fetchOptional(UserQueries::credentialsOf);
    }

    /** Root users named {@code username}, oldest first: how the bootstrap finds its own project again. */
    public List<UserCredentials> rootUsersNamed(String username) {
        return db.selectFrom(USER_VIEW)
                .where(USER_VIEW.USERNAME.eq(username))
                .and(USER_VIEW.ROLE.eq(Role.ROOT.name()))
                .orderBy(USER_VIEW.CREATED_AT, USER_VIEW.ID)
                .fetch(UserQueries::credentialsOf);
    }

    public Optional<UserView> fetch(long userId, ProjectFilter visibleTo) {
        return db.selectFrom(USER_VIEW)
                .where(visible(visibleTo)).and(USER_VIEW.ID.eq(userId))
                .fetchOptional(UserQueries::viewOf);
    }

    /** A page of users; {@code username} and {@code id} filter exactly when given. */
    public Page<UserView> list(ProjectFilter visibleTo, String username, Long id, PageRequest page) {
        Condition where = visible(visibleTo);
        if (username != null) {
            where = where.and(USER_VIEW.USERNAME.eq(username));
        }
        if (id != null) {
            where = where.and(USER_VIEW.ID.eq(id));
        }
        return PAGER.page(db, where, page, (Record row) -> viewOf(row.into(USER_VIEW)));
    }

    private static Condition visible(ProjectFilter filter) {
        return filter.allProjects() ? DSL.trueCondition() : USER_VIEW.PROJECT_ID.eq(filter.project());
    }

    private static UserView viewOf(UserViewRecord row) {
        return new UserView(row.getId(), row.getProjectId(), row.getUsername(), Role.valueOf(row.getRole()),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    private static UserCredentials credentialsOf(UserViewRecord row) {
        return new UserCredentials(row.getId(), row.getProjectId(), row.getUsername(), Role.valueOf(row.getRole()),
                new ApiKeyHash(row.getKeyAlgorithm(), row.getKeySalt(), row.getKeyHash()));
    }
}
