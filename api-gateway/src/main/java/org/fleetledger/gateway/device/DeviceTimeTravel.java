package org.fleetledger.gateway.device;

import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.DiffBody;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ResourceTimeTravel;
import org.fleetledger.gateway.http.VariablesBody;
import org.fleetledger.query.device.DeviceKind;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
import org.fleetledger.query.support.ProjectFilter;
import org.fleetledger.query.variables.VariableMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hosts and network devices as they were at a position of the log ({@code as_of}): their fields and
 * variables, own or resolved, folded from the log.
 */
@Component
class DeviceTimeTravel {

    private final ResourceTimeTravel travel;

    DeviceTimeTravel(ResourceTimeTravel travel) {
        this.travel = travel;
    }

    /** A device as it was at a position: its view and the state it was built from. */
    record DeviceAt(DeviceView view, ResourceState state, long position) {
    }

    /** The position the request's {@code as_of} names, or null without one. */
    Long asOf(QuerySpec.Query query) {
        return travel.asOf(query);
    }

    /** The position of the newest event: now. */
    long now() {
        return travel.now();
    }

    /** The position a parameter read like {@code as_of} names, or null without one. */
    Long position(QuerySpec.Query query, String parameter) {
        return travel.position(query, parameter);
    }

    /** The device then; 404 when it did not exist then (not yet, or deleted) or lies outside the caller's projects. */
    DeviceAt at(DeviceKind kind, long id, long position, ProjectFilter visible) {
        return find(kind, id, position, visible).orElseThrow(ApiException::notFound);
    }

    private Optional<DeviceAt> find(DeviceKind kind, long id, long position, ProjectFilter visible) {
        return travel.find(type(kind), id, position, visible)
                .map(state -> new DeviceAt(view(kind, id, state), state, position));
    }

    /** Its variables then, own or resolved; with {@code explain}, where each came from then. */
    Object variables(DeviceAt device, boolean resolved, boolean explain) {
        VariableMap values = variables(device, resolved);
        if (!explain) {
            return new VariablesBody(values);
        }
        Map<String, ProvenanceBody> explained = new LinkedHashMap<>();
        travel.provenance(type(device.view().kind()), device.view().id(), device.position(), resolved)
                .forEach((key, origin) -> explained.put(key, ProvenanceBody.of(origin)));
        return new ExplainedVariablesBody(values, explained);
    }

    /** The variables, own or resolved, that each of a page of devices had at a position. */
    Map<Long, VariableMap> variablesOfEach(List<DeviceView> page, long position, boolean resolved,
                                           ProjectFilter visible) {
        Map<Long, VariableMap> byId = new LinkedHashMap<>();
        page.forEach(device -> byId.put(device.id(),
                variables(at(device.kind(), device.id(), position, visible), resolved)));
        return byId;
    }

    VariableMap variables(DeviceAt device, boolean resolved) {
        return travel.deviceVariables(device.state(), device.position(), resolved);
    }

    /**
     * How the device's variables, own or resolved ({@code resolved-values}), differ between the positions
     * {@code from} (required) and {@code to} (now when absent). A side where the device did not exist counts as no variables; 404 when it existed at neither.
     */
    DiffBody diff(DeviceKind kind, long id, QuerySpec.Query query, ProjectFilter visible) {
        Long from = position(query, "from");
        if (from == null) {
            throw ApiException.validation(List.of("'from' is a required parameter"));
        }
        Long to = position(query, "to");
        boolean resolved = query.bool("resolved-values");
        long until = to == null ? travel.now() : to;
        Map<String, JsonNode> before = variablesOrNone(kind, id, from, resolved, visible);
        Map<String, JsonNode> after = variablesOrNone(kind, id, until, resolved, visible);
        if (before == null && after == null) {
            throw ApiException.notFound();
        }
        return DiffBody.between(from, before == null ? Map.of() : before, until,
                after == null ? Map.of() : after);
    }

    private Map<String, JsonNode> variablesOrNone(DeviceKind kind, long id, long position, boolean resolved,
                                                  ProjectFilter visible) {
        return find(kind, id, position, visible)
                .map(then -> travel.deviceVariableValues(then.state(), position, resolved))
                .orElse(null);
    }

    private static DeviceView view(DeviceKind kind, long id, ResourceState state) {
        return new DeviceView(id, kind, UUID.fromString(state.text("project_id")), state.number("cloud_id"),
                state.number("region_id"), state.number("cell_id"), state.number("parent_id"), state.text("name"),
                state.text("ip_address"), state.text("device_type"), bool(state.fields().get("active")),
                state.text("note"), state.text("model_name"), state.text("os_version"), state.text("vlans"),
                ResourceTimeTravel.time(state.createdAt()), ResourceTimeTravel.time(state.updatedAt()));
    }

    private static LedgerResourceType type(DeviceKind kind) {
        return kind == DeviceKind.HOST ? LedgerResourceType.HOST : LedgerResourceType.NETWORK_DEVICE;
    }

    private static boolean bool(JsonNode value) {
        return value != null && value.booleanValue();
    }
}
