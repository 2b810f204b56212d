package org.fleetledger.command.naming;

import org.fleetledger.command.api.NameTakenException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.List;

import static org.fleetledger.command.jooq.Tables.NAME_CLAIM;

@Component
class JooqUniqueNames implements UniqueNames {

    /**
     * {@link #claim}'s insert, rendered once, when the class loads, and run through JDBC (ADR 0051): every
     * create claims a name, and building, rendering and running the statement through jOOQ took more of
     * the writer's CPU than the insert itself. Its bind values are the rule, scope, name and owner.
     */
    private static final String CLAIM = DSL.using(SQLDialect.POSTGRES).render(DSL.insertInto(NAME_CLAIM)
            .set(NAME_CLAIM.RULE, DSL.param("rule", String.class))
            .set(NAME_CLAIM.SCOPE, DSL.param("scope", String.class))
            .set(NAME_CLAIM.NAME, DSL.param("name", String.class))
            .set(NAME_CLAIM.OWNER, DSL.param("owner", String.class))
            .onConflictDoNothing());

    private final DSLContext db;

    JooqUniqueNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public void claim(NameRule rule, String scope, String name, String owner) {
        // On a concurrent claim of the same name, the insert waits for the other transaction and then
        // conflicts, so exactly one of them gets the name.
        int inserted = db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                statement.setString(1, rule.name());
                statement.setString(2, scope);
                statement.setString(3, name);
                statement.setString(4, owner);
                return statement.executeUpdate();
            }
        });
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
