package org.fleetledger.command.ledger;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.fleetledger.command.jooq.Tables.DOMAIN_EVENT_ENTRY;
import static org.jooq.impl.DSL.max;

/** Reads global positions from the event log. */
@Component
public class EventLogPositions {

    private final DSLContext db;

    EventLogPositions(DSLContext db) {
        this.db = db;
    }

    /** The position of the newest stored event, 0 when the log is empty. */
    public long head() {
        Long head = db.select(max(DOMAIN_EVENT_ENTRY.GLOBAL_INDEX))
                .from(DOMAIN_EVENT_ENTRY)
                .fetchOne(0, Long.class);
        return head == null ? 0 : head;
    }

    /** The highest position among the given events, or the head when the list is empty. */
    long lastOf(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return head();
        }
        Long last = db.select(max(DOMAIN_EVENT_ENTRY.GLOBAL_INDEX))
                .from(DOMAIN_EVENT_ENTRY)
                .where(DOMAIN_EVENT_ENTRY.EVENT_IDENTIFIER.in(eventIdentifiers))
                .fetchOne(0, Long.class);
        if (last == null) {
            throw new IllegalStateException("appended events are missing from the log: " + eventIdentifiers);
        }
        return last;
    }
}
