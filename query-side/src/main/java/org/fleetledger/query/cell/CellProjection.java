package org.fleetledger.query.cell;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cell.CellDeleted;
import org.fleetledger.events.cell.CellRestored;
import org.fleetledger.events.cell.CellUpdated;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.support.ProjectionTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.fleetledger.query.jooq.Tables.CELL_VIEW;

@Component
@ProcessingGroup(ReadModels.CELLS)
class CellProjection {

    private final DSLContext db;

    CellProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(CellRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
    }

    @EventHandler
    void on(CellCreated event, @Timestamp Instant at) {
        db.insertInto(CELL_VIEW)
                .set(CELL_VIEW.ID, event.cellId().value())
                .set(CELL_VIEW.PROJECT_ID, event.projectId().value())
                .set(CELL_VIEW.CLOUD_ID, event.cloudId().value())
                .set(CELL_VIEW.REGION_ID, event.regionId().value())
                .set(CELL_VIEW.NAME, event.name())
                .set(CELL_VIEW.NOTE, event.note())
                .set(CELL_VIEW.CREATED_AT, ProjectionTime.of(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(CellUpdated event, @Timestamp Instant at) {
        db.update(CELL_VIEW)
                .set(CELL_VIEW.NAME, event.name())
                .set(CELL_VIEW.NOTE, event.note())
                .set(CELL_VIEW.UPDATED_AT, ProjectionTime.of(at))
                .where(CELL_VIEW.ID.eq(event.cellId().value()))
                .execute();
    }

    @EventHandler
    void on(CellDeleted event) {
        db.deleteFrom(CELL_VIEW).where(CELL_VIEW.ID.eq(event.cellId().value())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(CELL_VIEW).execute();
    }
}
