package org.fleetledger.query.project;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.PROJECT_VIEW;

/** Reads of the projects read model. */
@Component
public class ProjectQueries {

    private final DSLContext db;

    ProjectQueries(DSLContext db) {
        this.db = db;
    }

    public boolean exists(UUID projectId) {
        return db.fetchExists(PROJECT_VIEW, PROJECT_VIEW.ID.eq(projectId));
    }
}
