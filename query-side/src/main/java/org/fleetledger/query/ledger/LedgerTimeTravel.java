package org.fleetledger.query.ledger;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.fleetledger.query.ledger.EventLogTable.AGGREGATE_ID;
import static org.fleetledger.query.ledger.EventLogTable.EVENTS;
import static org.fleetledger.query.ledger.EventLogTable.POSITION;
import static org.fleetledger.query.ledger.EventLogTable.RECORDED_AT;
import static org.fleetledger.query.ledger.EventLogTable.SEQUENCE;

/**
 * Resources as they were at a position of the log, computed from the log alone: each resource's
 * events up to that position are folded ({@link ResourceState}). Resolved variables fold every scope
 * of a device's resolution order the same way (ADR 0017).
 */
@Component
public class LedgerTimeTravel {

    private final DSLContext db;
    private final EventLogReader log;

    LedgerTimeTravel(DSLContext db, EventLogReader log) {
        this.db = db;
        this.log = log;
    }

    /** The position of the last event stored at or before {@code time}; 0 when there is none. */
    public long positionAt(OffsetDateTime time) {
        Long position = db.select(POSITION).from(EVENTS)
                .where(RECORDED_AT.le(time))
                .orderBy(RECORDED_AT.desc(), POSITION.desc())
                .limit(1)
                .fetchOne(POSITION);
        return position == null ? 0 : position;
    }

    /** The position of the newest stored event: "now". */
    public long head() {
        return log.head();
    }

    /** A resource as it was at {@code position}; empty when it did not exist then (not yet, or deleted). */
    public Optional<ResourceState> stateAt(LedgerResourceType type, String id, long position) {
        ResourceState state = statesAt(List.of(type.aggregateId(id)), position).get(type.aggregateId(id));
        return state == null || !state.exists() ? Optional.empty() : Optional.of(state);
    }

    /**
     * The resolved variables of a device at {@code position}: for each key, the value of the first scope
     * holding it along device → parent devices → labels (the later label first) → cell → region → cloud
     * → project, as each scope was then.
     */
    public Map<String, JsonNode> resolvedAt(ResourceState device, long position) {
        List<ResourceState> chain = new ArrayList<>();
        chain.add(device);
        ResourceState current = device;
        Set<Long> seen = new HashSet<>();
        while (current.number("parent_id") != null && seen.add(current.number("parent_id"))) {
            String parent = current.number("parent_id").toString();
            Map<String, ResourceState> found = statesAt(List.of(LedgerResourceType.HOST.aggregateId(parent),
                    LedgerResourceType.NETWORK_DEVICE.aggregateId(parent)), position);
            current = found.values().stream().filter(ResourceState::exists).findFirst().orElse(ResourceState.NONE);
            if (!current.exists()) {
                break;
            }
            chain.add(current);
        }
        String project = device.text("project_id");
        Map<String, ResourceState> scopes = new LinkedHashMap<>();
        device.labels().reversed().forEach(label -> scopes.put("label:" + project + ":" + label, null));
        if (device.number("cell_id") != null) {
            scopes.put(LedgerResourceType.CELL.aggregateId(device.number("cell_id").toString()), null);
        }
        scopes.put(LedgerResourceType.REGION.aggregateId(device.text("region_id")), null);
        scopes.put(LedgerResourceType.CLOUD.aggregateId(device.text("cloud_id")), null);
        scopes.put(LedgerResourceType.PROJECT.aggregateId(project), null);
        Map<String, ResourceState> broader = statesAt(scopes.keySet(), position);
        scopes.keySet().forEach(scope -> chain.add(broader.getOrDefault(scope, ResourceState.NONE)));

        Map<String, JsonNode> resolved = new TreeMap<>();
        chain.forEach(scope -> scope.variables().forEach(resolved::putIfAbsent));
        return resolved;
    }

    /**
     * The resolved variables of a cell or region at {@code position}: its own, then its region's (for a
     * cell), its cloud's and its project's, as each was then.
     */
    public Map<String, JsonNode> resolvedScopeAt(LedgerResourceType type, ResourceState scope, long position) {
        List<String> broader = new ArrayList<>();
        if (type == LedgerResourceType.CELL) {
            broader.add(LedgerResourceType.REGION.aggregateId(scope.text("region_id")));
        }
        broader.add(LedgerResourceType.CLOUD.aggregateId(scope.text("cloud_id")));
        broader.add(LedgerResourceType.PROJECT.aggregateId(scope.text("project_id")));
        Map<String, ResourceState> states = statesAt(broader, position);
        Map<String, JsonNode> resolved = new TreeMap<>(scope.variables());
        broader.forEach(aggregate -> states.getOrDefault(aggregate, ResourceState.NONE).variables()
                .forEach(resolved::putIfAbsent));
        return resolved;
    }

    /** The states of several aggregates at a position, each folded from its own events; absent: no events. */
    private Map<String, ResourceState> statesAt(Collection<String> aggregates, long position) {
        Condition where = AGGREGATE_ID.in(aggregates).and(POSITION.le(position));
        Map<String, ResourceState> states = new HashMap<>();
        for (LedgerEvent event : log.read(where, SEQUENCE.asc(), Integer.MAX_VALUE)) {
            states.put(event.aggregateId(), states.getOrDefault(event.aggregateId(), ResourceState.NONE)
                    .apply(event.payload(), event.occurredAt()));
        }
        return states;
    }
}
