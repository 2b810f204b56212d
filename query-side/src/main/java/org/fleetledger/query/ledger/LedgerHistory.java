package org.fleetledger.query.ledger;

import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.fleetledger.query.ledger.EventLogTable.AGGREGATE_ID;
import static org.fleetledger.query.ledger.EventLogTable.AGGREGATE_TYPE;
import static org.fleetledger.query.ledger.EventLogTable.METADATA;
import static org.fleetledger.query.ledger.EventLogTable.POSITION;
import static org.fleetledger.query.ledger.EventLogTable.PROJECT_ID;
import static org.fleetledger.query.ledger.EventLogTable.RECORDED_AT;
import static org.fleetledger.query.ledger.EventLogTable.SEQUENCE;

/**
 * History and the change feed, read from the event log itself: each record's changes come from
 * folding the resource's own events up to it, never from a read model.
 */
@Component
public class LedgerHistory {

    private final EventLogReader log;

    LedgerHistory(EventLogReader log) {
        this.log = log;
    }

    /**
     * A page of one resource's history, oldest first, after a position. Empty when the resource never
     * existed or belongs to a project the caller cannot see.
     */
    public Optional<ChangePage> ofResource(LedgerResourceType type, String id, ProjectFilter visible,
                                           long afterPosition, int limit) {
        Condition ofResource = AGGREGATE_ID.eq(type.aggregateId(id)).and(AGGREGATE_TYPE.eq(type.aggregateType()));
        int earlier = log.count(ofResource.and(POSITION.le(afterPosition)));
        List<LedgerEvent> events = log.read(ofResource, SEQUENCE.asc(), earlier + limit + 1);
        if (events.isEmpty() || !visible(events.getFirst(), visible)) {
            return Optional.empty();
        }
        List<ChangeRecord> records = new ArrayList<>();
        ResourceState state = ResourceState.NONE;
        for (LedgerEvent event : events) {
            ResourceState next = state.apply(event.payload(), event.occurredAt());
            if (event.position() > afterPosition && records.size() < limit) {
                records.add(ChangeRecord.of(event, next.since(state)));
            }
            state = next;
        }
        return Optional.of(new ChangePage(records, events.size() > earlier + limit));
    }

    /** A page of the change feed: the caller's projects' events after a position, filtered, oldest first. */
    public ChangePage feed(ChangeFeedQuery query) {
        Condition where = POSITION.gt(query.afterPosition());
        if (!query.visible().allProjects()) {
            where = where.and(PROJECT_ID.eq(query.visible().project()));
        }
        if (query.resourceType() != null) {
            where = where.and(AGGREGATE_TYPE.eq(query.resourceType().aggregateType()));
            if (query.resourceId() != null) {
                where = where.and(AGGREGATE_ID.eq(query.resourceType().aggregateId(query.resourceId(),
                        query.visible().project())));
            }
        }
        if (query.actor() != null) {
            where = where.and(DSL.field("({0}::jsonb ->> {1})", String.class, METADATA,
                    DSL.inline(LedgerMetadata.ACTOR_USERNAME)).eq(query.actor()));
        }
        if (query.since() != null) {
            where = where.and(RECORDED_AT.ge(query.since()));
        }
        if (query.until() != null) {
            where = where.and(RECORDED_AT.lt(query.until()));
        }
        List<LedgerEvent> page = log.read(where, POSITION.asc(), query.limit() + 1);
        boolean more = page.size() > query.limit();
        if (more) {
            page = page.subList(0, query.limit());
        }
        return new ChangePage(withChanges(page), more);
    }

    /** Change records for events of any resources: each resource's events folded up to the last of the page. */
    private List<ChangeRecord> withChanges(List<LedgerEvent> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> aggregates = new LinkedHashSet<>();
        page.forEach(event -> aggregates.add(event.aggregateId()));
        long last = page.getLast().position();
        Map<String, ResourceChanges> changesByEvent = new HashMap<>();
        Map<String, ResourceState> states = new HashMap<>();
        for (LedgerEvent event : log.read(AGGREGATE_ID.in(aggregates).and(POSITION.le(last)), POSITION.asc(),
                Integer.MAX_VALUE)) {
            ResourceState before = states.getOrDefault(event.aggregateId(), ResourceState.NONE);
            ResourceState after = before.apply(event.payload(), event.occurredAt());
            states.put(event.aggregateId(), after);
            changesByEvent.put(event.eventId(), after.since(before));
        }
        return page.stream().map(event -> ChangeRecord.of(event, changesByEvent.get(event.eventId()))).toList();
    }


    private static boolean visible(LedgerEvent event, ProjectFilter visible) {
        return visible.allProjects() || visible.project().equals(event.projectId());
    }
}
