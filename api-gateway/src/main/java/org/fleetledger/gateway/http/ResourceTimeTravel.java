package org.fleetledger.gateway.http;

import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.LedgerTimeTravel;
import org.fleetledger.query.ledger.PastSetting;
import org.fleetledger.query.ledger.ResourceState;
import org.fleetledger.query.support.ProjectFilter;
import org.fleetledger.query.variables.VariableMap;
import org.fleetledger.query.variables.VariableProvenance;
import org.fleetledger.query.variables.VariableScope;
import org.fleetledger.query.variables.VariableSetting;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resources as they were at a position of the log ({@code as_of}), for the controllers that answer
 * past states: the position a request names, the resource's state then (404 when it did not exist
 * then or lies outside the caller's projects), and its variables then.
 */
@Component
public class ResourceTimeTravel {

    private final LedgerTimeTravel travel;

    ResourceTimeTravel(LedgerTimeTravel travel) {
        this.travel = travel;
    }

    /** The position the request's {@code as_of} names, or null without one. */
    public Long asOf(QuerySpec.Query query) {
        return AsOf.position(query, travel);
    }

    /** The position a parameter read like {@code as_of} names, or null without one. */
    public Long position(QuerySpec.Query query, String parameter) {
        return AsOf.position(query, parameter, travel);
    }

    /** The position of the newest event: now. */
    public long now() {
        return travel.head();
    }

    /** The resource then; 404 when it did not exist then or lies outside the caller's projects. */
    public ResourceState at(LedgerResourceType type, long id, long position, ProjectFilter visible) {
        return find(type, id, position, visible).orElseThrow(ApiException::notFound);
    }

    /** As {@link #at}, empty instead of 404. */
    public Optional<ResourceState> find(LedgerResourceType type, long id, long position, ProjectFilter visible) {
        return find(type, Long.toString(id), position, visible);
    }

    /** As {@link #find(LedgerResourceType, long, long, ProjectFilter)}, for ids that are not numbers (projects). */
    public Optional<ResourceState> find(LedgerResourceType type, String id, long position, ProjectFilter visible) {
        return travel.stateAt(type, id, position)
                .filter(state -> visible.allProjects()
                        || visible.project().toString().equals(state.text("project_id")));
    }

    /**
     * How a resource's fields differ between the positions {@code from} (required) and {@code to} (now
     * when absent). A side where it did not exist counts as no fields; 404 when it existed at neither.
     */
    public DiffBody fieldsDiff(LedgerResourceType type, String id, QuerySpec.Query query, ProjectFilter visible) {
        Long from = position(query, "from");
        if (from == null) {
            throw ApiException.validation(List.of("'from' is a required parameter"));
        }
        Long to = position(query, "to");
        long until = to == null ? now() : to;
        Optional<ResourceState> before = find(type, id, from, visible);
        Optional<ResourceState> after = find(type, id, until, visible);
        if (before.isEmpty() && after.isEmpty()) {
            throw ApiException.notFound();
        }
        return DiffBody.between(from, before.map(ResourceState::fields).orElse(Collections.emptySortedMap()), until,
                after.map(ResourceState::fields).orElse(Collections.emptySortedMap()));
    }

    /** A cell's or region's variables then, own or resolved. */
    public VariableMap scopeVariables(LedgerResourceType type, ResourceState state, long position, boolean resolved) {
        return VariableMap.ofValues(resolved ? travel.resolvedScopeAt(type, state, position) : state.variables());
    }

    /** A device's variables then, own or resolved. */
    public VariableMap deviceVariables(ResourceState state, long position, boolean resolved) {
        return VariableMap.ofValues(deviceVariableValues(state, position, resolved));
    }

    /** As {@link #deviceVariables}, as values to compare rather than a body to answer. */
    public Map<String, JsonNode> deviceVariableValues(ResourceState state, long position, boolean resolved) {
        return resolved ? travel.resolvedAt(state, position) : state.variables();
    }

    /**
     * Where each of a device's variables (own, or resolved) came from at a position, in the shape live
     * provenance has; empty when the device did not exist then.
     */
    public Map<String, VariableProvenance> provenance(LedgerResourceType type, long id, long position,
                                                      boolean resolved) {
        Map<String, VariableProvenance> provenance = new LinkedHashMap<>();
        travel.provenanceAt(type, id, position, resolved).orElse(Map.of()).forEach((key, past) ->
                provenance.put(key, new VariableProvenance(setting(past.supplied()),
                        past.overrides().stream().map(ResourceTimeTravel::setting).toList())));
        return provenance;
    }

    private static VariableSetting setting(PastSetting past) {
        LedgerEvent event = past.setBy();
        String userId = event == null ? null : event.meta(LedgerMetadata.ACTOR_USER_ID);
        return new VariableSetting(new VariableScope(past.scopeType(), past.scopeId(), past.scopeName()),
                past.value(), userId == null ? null : Long.valueOf(userId),
                event == null ? null : event.meta(LedgerMetadata.ACTOR_USERNAME),
                event == null ? null : time(event.occurredAt()),
                event == null ? null : event.meta(LedgerMetadata.CHANGE_NOTE),
                event == null ? null : event.position());
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
