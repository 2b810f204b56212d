package org.fleetledger.query.project;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.fleetledger.events.project.ProjectCreated;
import org.fleetledger.events.project.ProjectDeleted;
import org.fleetledger.events.project.ProjectSettingsChanged;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.fleetledger.query.jooq.Tables.PROJECT_VIEW;

@Component
@ProcessingGroup(ReadModels.PROJECTS)
class ProjectProjection {

    private final DSLContext db;
    private final ProjectChanges changes;

    ProjectProjection(DSLContext db, ProjectChanges changes) {
        this.db = db;
        this.changes = changes;
    }

    @EventHandler
    void on(ProjectCreated event, @Timestamp Instant at, TrackingToken token) {
        changes.applied(token);
        db.insertInto(PROJECT_VIEW)
                .set(PROJECT_VIEW.ID, event.projectId().value())
                .set(PROJECT_VIEW.NAME, event.name())
                .set(PROJECT_VIEW.REQUIRE_CHANGE_NOTE, event.requireChangeNote())
                .set(PROJECT_VIEW.CREATED_AT, ProjectionTime.of(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(ProjectSettingsChanged event, @Timestamp Instant at, TrackingToken token) {
        changes.applied(token);
        db.update(PROJECT_VIEW)
                .set(PROJECT_VIEW.REQUIRE_CHANGE_NOTE, event.requireChangeNote())
                .set(PROJECT_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(PROJECT_VIEW.ID.eq(event.projectId().value()))
                .execute();
    }

    @EventHandler
    void on(ProjectDeleted event, TrackingToken token) {
        changes.applied(token);
        db.deleteFrom(PROJECT_VIEW).where(PROJECT_VIEW.ID.eq(event.projectId().value())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(PROJECT_VIEW).execute();
    }
}
