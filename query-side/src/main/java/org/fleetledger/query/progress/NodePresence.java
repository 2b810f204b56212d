package org.fleetledger.query.progress;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;

import static org.jooq.impl.DSL.name;

/**
 * Which nodes share the database: each node beats in {@code node_presence}; one seen within the last
 * 6 s counts as live. That is shorter than the 10 s after which a dead node's claims expire, so the
 * others stop counting it before they take its processors over. Times are the database's, so the
 * nodes' clocks need not agree.
 */
@Component
class NodePresence {

    static final String NODE_ID = ManagementFactory.getRuntimeMXBean().getName(); // as the token store names owners
    static final Duration LIVE_WINDOW = Duration.ofSeconds(6);
    private static final Table<?> PRESENCE = DSL.table(name("node_presence"));
    private static final Field<String> NODE = DSL.field(name("node_id"), String.class);
    private static final Field<OffsetDateTime> SEEN_AT = DSL.field(name("seen_at"), OffsetDateTime.class);
    private static final Field<OffsetDateTime> LIVE_SINCE = DSL.field("now() - interval '6 seconds'",
            OffsetDateTime.class);
    private static final Field<OffsetDateTime> FORGOTTEN_BEFORE = DSL.field("now() - interval '1 day'",
            OffsetDateTime.class);

    private final DSLContext db;

    NodePresence(DSLContext db) {
        this.db = db;
    }

    /** Records that this node is alive; forgets nodes gone for a day. */
    void beat() {
        db.insertInto(PRESENCE, NODE, SEEN_AT).values(DSL.val(NODE_ID), DSL.currentOffsetDateTime())
                .onConflict(NODE).doUpdate().set(SEEN_AT, DSL.currentOffsetDateTime())
                .execute();
        db.deleteFrom(PRESENCE).where(SEEN_AT.lt(FORGOTTEN_BEFORE)).execute();
    }

    /** The number of live nodes, this one included once it has beaten. */
    int liveNodes() {
        return db.fetchCount(PRESENCE, SEEN_AT.gt(LIVE_SINCE));
    }

    /** This node stops: the others need not wait for its beat to age. */
    void leave() {
        db.deleteFrom(PRESENCE).where(NODE.eq(NODE_ID)).execute();
    }
}
