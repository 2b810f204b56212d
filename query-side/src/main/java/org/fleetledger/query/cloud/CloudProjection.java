package org.fleetledger.query.cloud;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.cloud.CloudRestored;
import org.fleetledger.events.cloud.CloudUpdated;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.fleetledger.query.jooq.Tables.CLOUD_VIEW;

@Component
@ProcessingGroup(ReadModels.CLOUDS)
class CloudProjection {

    private final DSLContext db;

    CloudProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(CloudRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
    }

    @EventHandler
    void on(CloudCreated event, @Timestamp Instant at) {
        db.insertInto(CLOUD_VIEW)
                .set(CLOUD_VIEW.ID, event.cloudId().value())
                .set(CLOUD_VIEW.PROJECT_ID, event.projectId().value())
                .set(CLOUD_VIEW.NAME, event.name())
                .set(CLOUD_VIEW.NOTE, event.note())
                .set(CLOUD_VIEW.CREATED_AT, ProjectionTime.of(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(CloudUpdated event, @Timestamp Instant at) {
        db.update(CLOUD_VIEW)
                .set(CLOUD_VIEW.NAME, event.name())
                .set(CLOUD_VIEW.NOTE, event.note())
                .set(CLOUD_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(CLOUD_VIEW.ID.eq(event.cloudId().value()))
                .execute();
    }

    @EventHandler
    void on(CloudDeleted event) {
        db.deleteFrom(CLOUD_VIEW).where(CLOUD_VIEW.ID.eq(event.cloudId().value())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(CLOUD_VIEW).execute();
    }
}
