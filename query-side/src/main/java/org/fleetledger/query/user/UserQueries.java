package org.fleetledger.query.user;

import org.fleetledger.events.user.ApiKeyHash;
import org.fleetledger.events.user.Role;
import org.fleetledger.query.jooq.tables.records.UserViewRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.USER_VIEW;

/** Reads of the users read model. */
@Component
public class UserQueries {

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

    private static UserCredentials credentialsOf(UserViewRecord row) {
        return new UserCredentials(row.getId(), row.getProjectId(), row.getUsername(), Role.valueOf(row.getRole()),
                new ApiKeyHash(row.getKeyAlgorithm(), row.getKeySalt(), row.getKeyHash()));
    }
}
