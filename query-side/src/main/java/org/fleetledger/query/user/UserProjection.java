package org.fleetledger.query.user;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.fleetledger.events.user.UserApiKeyRotated;
import org.fleetledger.events.user.UserCreated;
import org.fleetledger.events.user.UserDeleted;
import org.fleetledger.events.user.UserRoleChanged;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.fleetledger.query.jooq.Tables.USER_VIEW;

@Component
@ProcessingGroup(ReadModels.USERS)
class UserProjection {

    private final DSLContext db;
    private final UserChanges changes;

    UserProjection(DSLContext db, UserChanges changes) {
        this.db = db;
        this.changes = changes;
    }

    @EventHandler
    void on(UserCreated event, @Timestamp Instant at, TrackingToken token) {
        changes.applied(token);
        db.insertInto(USER_VIEW)
                .set(USER_VIEW.ID, event.userId().value())
                .set(USER_VIEW.PROJECT_ID, event.projectId().value())
                .set(USER_VIEW.USERNAME, event.username())
                .set(USER_VIEW.ROLE, event.role().name())
                .set(USER_VIEW.KEY_ALGORITHM, event.apiKeyHash().algorithm())
                .set(USER_VIEW.KEY_SALT, event.apiKeyHash().salt())
                .set(USER_VIEW.KEY_HASH, event.apiKeyHash().hash())
                .set(USER_VIEW.CREATED_AT, ProjectionTime.of(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(UserApiKeyRotated event, @Timestamp Instant at, TrackingToken token) {
        changes.applied(token);
        db.update(USER_VIEW)
                .set(USER_VIEW.KEY_ALGORITHM, event.apiKeyHash().algorithm())
                .set(USER_VIEW.KEY_SALT, event.apiKeyHash().salt())
                .set(USER_VIEW.KEY_HASH, event.apiKeyHash().hash())
                .set(USER_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(USER_VIEW.ID.eq(event.userId().value()))
                .execute();
    }

    @EventHandler
    void on(UserRoleChanged event, @Timestamp Instant at, TrackingToken token) {
        changes.applied(token);
        db.update(USER_VIEW)
                .set(USER_VIEW.ROLE, event.role().name())
                .set(USER_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(USER_VIEW.ID.eq(event.userId().value()))
                .execute();
    }

    @EventHandler
    void on(UserDeleted event, TrackingToken token) {
        changes.applied(token);
        db.deleteFrom(USER_VIEW).where(USER_VIEW.ID.eq(event.userId().value())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(USER_VIEW).execute();
    }
}
