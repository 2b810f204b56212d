package org.fleetledger.command.ledger;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Sequence;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Ids of one sequence, drawn from the database several at a time and handed out in the order drawn
 * (ADR 0051). One statement gives the next {@code size} ids; ids drawn and not handed out when the
 * service stops are never used, as a failed command's id is not.
 */
final class IdBlock {

    private final DSLContext db;
    private final String draw;
    private final long[] ids;
    private int next;

    IdBlock(DSLContext db, Sequence<Long> sequence, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an id block holds at least one id, not " + size);
        }
        this.db = db;
        // rendered once: the sequence is ours, the block's size a bind value
        this.draw = DSL.using(SQLDialect.POSTGRES).render(DSL.select(sequence.nextval())
                .from(DSL.generateSeries(DSL.inline(1), DSL.param("size", Integer.class))));
        this.ids = new long[size];
        this.next = size;
    }

    synchronized long next() {
        if (next == ids.length) {
            draw();
            next = 0;
        }
        return ids[next++];
    }

    private void draw() {
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(draw)) {
                statement.setInt(1, ids.length);
                try (ResultSet rows = statement.executeQuery()) {
                    int drawn = 0;
                    while (rows.next()) {
                        ids[drawn++] = rows.getLong(1);
                    }
                    if (drawn != ids.length) {
                        throw new IllegalStateException("drew " + drawn + " ids of " + ids.length);
                    }
                }
            }
        });
    }
}
