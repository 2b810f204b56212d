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
        return chainAt(new ScopeAt(null, null, null, device, Map.of()), position).resolved();
    }

    /**
     * The provenance of every resolved key of a device at {@code position} (own keys only unless
     * {@code resolved}): the scope that supplied it and the event that set it there, and the broader
     * scopes holding it that it overrode. Empty when the device did not exist then.
     */
    public Optional<Map<String, PastProvenance>> provenanceAt(LedgerResourceType type, long id, long position,
                                                              boolean resolved) {
        String aggregate = type.aggregateId(Long.toString(id));
        ScopeAt device = foldedAt(List.of(aggregate), position).get(aggregate);
        if (device == null || !device.state().exists()) {
            return Optional.empty();
        }
        ScopeAt named = device.named(scopeType(type), id);
        ScopeChain chain = resolved ? chainAt(named, position) : new ScopeChain(List.of(named));
        return Optional.of(chain.provenance());
    }

    /** The scopes of a device's resolution order at a position, the device first. */
    private ScopeChain chainAt(ScopeAt device, long position) {
        List<ScopeAt> chain = new ArrayList<>();
        chain.add(device);
        ResourceState current = device.state();
        Set<Long> seen = new HashSet<>();
        while (current.number("parent_id") != null && seen.add(current.number("parent_id"))) {
            long parent = current.number("parent_id");
            String asHost = LedgerResourceType.HOST.aggregateId(Long.toString(parent));
            String asSwitch = LedgerResourceType.NETWORK_DEVICE.aggregateId(Long.toString(parent));
            Map<String, ScopeAt> found = foldedAt(List.of(asHost, asSwitch), position);
            ScopeAt next = found.containsKey(asHost) && found.get(asHost).state().exists()
                    ? found.get(asHost).named("host", parent)
                    : found.containsKey(asSwitch) ? found.get(asSwitch).named("network-device", parent) : null;
            if (next == null || !next.state().exists()) {
                break;
            }
            chain.add(next);
            current = next.state();
        }
        ResourceState state = device.state();
        String project = state.text("project_id");
        Map<String, ScopeAt> scopes = new LinkedHashMap<>();
        state.labels().reversed().forEach(label -> scopes.put("label:" + project + ":" + label,
                new ScopeAt("label", label, label, ResourceState.NONE, Map.of())));
        if (state.number("cell_id") != null) {
            scopes.put(LedgerResourceType.CELL.aggregateId(state.text("cell_id")),
                    new ScopeAt("cell", state.number("cell_id"), null, ResourceState.NONE, Map.of()));
        }
        scopes.put(LedgerResourceType.REGION.aggregateId(state.text("region_id")),
                new ScopeAt("region", state.number("region_id"), null, ResourceState.NONE, Map.of()));
        scopes.put(LedgerResourceType.CLOUD.aggregateId(state.text("cloud_id")),
                new ScopeAt("cloud", state.number("cloud_id"), null, ResourceState.NONE, Map.of()));
        scopes.put(LedgerResourceType.PROJECT.aggregateId(project),
                new ScopeAt("project", project, null, ResourceState.NONE, Map.of()));
        Map<String, ScopeAt> broader = foldedAt(scopes.keySet(), position);
        scopes.forEach((aggregate, scope) -> chain.add(broader.containsKey(aggregate)
                ? broader.get(aggregate).named(scope.type(), scope.id()) : scope));
        return new ScopeChain(chain);
    }

    private static String scopeType(LedgerResourceType type) {
        return type == LedgerResourceType.HOST ? "host" : "network-device";
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
        Map<String, ResourceState> states = new HashMap<>();
        foldedAt(aggregates, position).forEach((aggregate, scope) -> states.put(aggregate, scope.state()));
        return states;
    }

    /** As {@link #statesAt}, with the event that set each variable; scopes not yet named. */
    private Map<String, ScopeAt> foldedAt(Collection<String> aggregates, long position) {
        Condition where = AGGREGATE_ID.in(aggregates).and(POSITION.le(position));
        Map<String, ScopeAt> folded = new HashMap<>();
        for (LedgerEvent event : log.read(where, SEQUENCE.asc(), Integer.MAX_VALUE)) {
            ScopeAt before = folded.getOrDefault(event.aggregateId(),
                    new ScopeAt(null, null, null, ResourceState.NONE, new HashMap<>()));
            folded.put(event.aggregateId(), before.after(event));
        }
        return folded;
    }
}
