package org.fleetledger.command.user;

import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import static org.fleetledger.command.jooq.Tables.USERNAME_CLAIM;

@Component
class JooqUsernameRegistry implements UsernameRegistry {

    private final DSLContext db;

    JooqUsernameRegistry(DSLContext db) {
        this.db = db;
    }

    @Override
    public void claim(ProjectId project, String username, UserId user) {
        int inserted = db.insertInto(USERNAME_CLAIM)
                .set(USERNAME_CLAIM.PROJECT_ID, project.value())
                .set(USERNAME_CLAIM.USERNAME, username)
                .set(USERNAME_CLAIM.USER_ID, user.value())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw new NameTakenException("A user with the given username already exists in this project.");
        }
    }
}
