package org.fleetledger.query.region;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.region.RegionRestored;
import org.fleetledger.events.region.RegionUpdated;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.fleetledger.query.jooq.Tables.REGION_VIEW;

@Component
@ProcessingGroup(ReadModels.REGIONS)
class RegionProjection {

    private final DSLContext db;

    RegionProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(RegionRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
    }

    @EventHandler
    void on(RegionCreated event, @Timestamp Instant at) {
        db.insertInto(REGION_VIEW)
                .set(REGION_VIEW.ID, event.regionId().value())
                .set(REGION_VIEW.PROJECT_ID, event.projectId().value())
                .set(REGION_VIEW.CLOUD_ID, event.cloudId().value())
                .set(REGION_VIEW.NAME, event.name())
                .set(REGION_VIEW.NOTE, event.note())
                .set(REGION_VIEW.CREATED_AT, ProjectionTime.of(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(RegionUpdated event, @Timestamp Instant at) {
        db.update(REGION_VIEW)
                .set(REGION_VIEW.NAME, event.name())
                .set(REGION_VIEW.NOTE, event.note())
                .set(REGION_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(REGION_VIEW.ID.eq(event.regionId().value()))
                .execute();
    }

    @EventHandler
    void on(RegionDeleted event) {
        db.deleteFrom(REGION_VIEW).where(REGION_VIEW.ID.eq(event.regionId().value())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(REGION_VIEW).execute();
    }
}
