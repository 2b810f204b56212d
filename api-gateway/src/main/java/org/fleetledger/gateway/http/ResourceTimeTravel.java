package org.fleetledger.gateway.http;

import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.LedgerTimeTravel;
import org.fleetledger.query.ledger.ResourceState;
import org.fleetledger.query.support.ProjectFilter;
import org.fleetledger.query.variables.VariableMap;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        return travel.stateAt(type, Long.toString(id), position)
                .filter(state -> visible.allProjects()
                        || visible.project().toString().equals(state.text("project_id")));
    }

    /** A cell's or region's variables then, own or resolved. */
    public VariableMap scopeVariables(LedgerResourceType type, ResourceState state, long position, boolean resolved) {
        return VariableMap.ofValues(resolved ? travel.resolvedScopeAt(type, state, position) : state.variables());
    }

    /** A device's resolved variables then. */
    public VariableMap deviceVariables(ResourceState state, long position, boolean resolved) {
        return VariableMap.ofValues(resolved ? travel.resolvedAt(state, position) : state.variables());
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
