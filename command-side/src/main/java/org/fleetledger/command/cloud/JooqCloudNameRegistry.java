package org.fleetledger.command.cloud;

import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import static org.fleetledger.command.jooq.Tables.CLOUD_NAME_CLAIM;

@Component
class JooqCloudNameRegistry implements CloudNameRegistry {

    private final DSLContext db;

    JooqCloudNameRegistry(DSLContext db) {
        this.db = db;
    }

    @Override
    public void claim(ProjectId project, String name, CloudId cloud) {
        int inserted = db.insertInto(CLOUD_NAME_CLAIM)
                .set(CLOUD_NAME_CLAIM.PROJECT_ID, project.value())
                .set(CLOUD_NAME_CLAIM.NAME, name)
                .set(CLOUD_NAME_CLAIM.CLOUD_ID, cloud.value())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw new NameTakenException("A cloud with the given name already exists.");
        }
    }

    @Override
    public void release(ProjectId project, String name) {
        db.deleteFrom(CLOUD_NAME_CLAIM)
                .where(CLOUD_NAME_CLAIM.PROJECT_ID.eq(project.value()))
                .and(CLOUD_NAME_CLAIM.NAME.eq(name))
                .execute();
    }
}
