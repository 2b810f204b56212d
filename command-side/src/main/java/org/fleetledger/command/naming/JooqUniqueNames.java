package org.fleetledger.command.naming;

import org.fleetledger.command.api.NameTakenException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.fleetledger.command.jooq.Tables.NAME_CLAIM;

@Component
class JooqUniqueNames implements UniqueNames {

    private final DSLContext db;

    JooqUniqueNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public void claim(NameRule rule, String scope, String name, String owner) {
        // On a concurrent claim of the same name, the insert waits for the other transaction and then
        // conflicts, so exactly one of them gets the name.
        int inserted = db.insertInto(NAME_CLAIM)
                .set(NAME_CLAIM.RULE, rule.name())
                .set(NAME_CLAIM.SCOPE, scope)
                .set(NAME_CLAIM.NAME, name)
                .set(NAME_CLAIM.OWNER, owner)
                .onConflictDoNothing()
                .execute();
        if (inserted == 0 && !heldBy(rule, scope, name, owner)) {
            throw new NameTakenException(rule.takenMessage());
        }
    }

    private boolean heldBy(NameRule rule, String scope, String name, String owner) {
        return db.fetchExists(NAME_CLAIM, NAME_CLAIM.RULE.eq(rule.name())
                .and(NAME_CLAIM.SCOPE.eq(scope))
                .and(NAME_CLAIM.NAME.eq(name))
                .and(NAME_CLAIM.OWNER.eq(owner)));
    }

    @Override
    public List<String> owners(NameRule rule, String scope) {
        return db.select(NAME_CLAIM.OWNER).from(NAME_CLAIM)
                .where(NAME_CLAIM.RULE.eq(rule.name()))
                .and(NAME_CLAIM.SCOPE.eq(scope))
                .orderBy(NAME_CLAIM.OWNER)
                .fetch(NAME_CLAIM.OWNER);
    }

    @Override
    public void release(NameRule rule, String scope, String name) {
        db.deleteFrom(NAME_CLAIM)
                .where(NAME_CLAIM.RULE.eq(rule.name()))
                .and(NAME_CLAIM.SCOPE.eq(scope))
                .and(NAME_CLAIM.NAME.eq(name))
                .execute();
    }
}
