package org.fleetledger.gateway.device;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.AddHostLabelsCommand;
import org.fleetledger.command.api.CreateHostCommand;
import org.fleetledger.command.api.DeleteHostCommand;
import org.fleetledger.command.api.DeleteHostVariablesCommand;
import org.fleetledger.command.api.DeviceAfterCreate;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.RemoveHostLabelsCommand;
import org.fleetledger.command.api.SetHostVariablesCommand;
import org.fleetledger.command.api.UpdateHostCommand;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.command.ledger.WriteReceipt;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.device.DeviceRepresentation.Extras;
import org.fleetledger.gateway.device.DeviceTimeTravel.DeviceAt;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.AsOf;
import org.fleetledger.gateway.http.BodySchema;
import org.fleetledger.gateway.http.DiffBody;
import org.fleetledger.gateway.http.IpAddresses;
import org.fleetledger.gateway.http.JsonBodies;
import org.fleetledger.gateway.http.LedgerWrites;
import org.fleetledger.gateway.http.OwnVariablesEndpoints;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ReadModelWait;
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.gateway.http.VariablesBody;
import org.fleetledger.gateway.http.VarsFilters;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.device.DeviceKind;
import org.fleetledger.query.device.DevicePastQueries;
import org.fleetledger.query.device.DeviceQueries;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.device.ListDevicesQuery;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.support.ProjectionTime;
import org.fleetledger.query.variables.VariableMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.fleetledger.gateway.http.BodySchema.Type.ARRAY;
import static org.fleetledger.gateway.http.BodySchema.Type.BOOLEAN;
import static org.fleetledger.gateway.http.BodySchema.Type.INTEGER;
import static org.fleetledger.gateway.http.BodySchema.Type.IP_ADDRESS;
import static org.fleetledger.gateway.http.BodySchema.Type.NAME;
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_INTEGER;
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_STRING;
import static org.fleetledger.gateway.http.BodySchema.Type.STRING_ARRAY;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/** {@code /v1/hosts}: the Craton v1 host endpoints, labels included. */
@RestController
@RequestMapping("/v1/hosts")
class HostController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).required("cloud_id", INTEGER).required("region_id", INTEGER)
            .required("ip_address", IP_ADDRESS).required("device_type", NAME)
            .optional("cell_id", INTEGER).optional("parent_id", INTEGER).optional("active", BOOLEAN)
            .optional("note", NULLABLE_STRING).optional("labels", STRING_ARRAY).optional("variables", VARIABLES)
            .optional("links", ARRAY).build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("name", NAME).optional("ip_address", IP_ADDRESS).optional("device_type", NAME)
            .optional("active", BOOLEAN).optional("note", NULLABLE_STRING).optional("parent_id", NULLABLE_INTEGER)
            .build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .string("name").integer("id").integer("region_id").integer("cloud_id").integer("cell_id")
            .string("device_type").string("ip_address").string("label").string("vars").bool("details", null)
            .bool("resolved-values", true).string(AsOf.PARAMETER).paginated().build();
    private static final QuerySpec GET = QuerySpec.builder().bool("resolved-values", true).string(AsOf.PARAMETER).build();
    private static final QuerySpec GET_VARIABLES = QuerySpec.builder().bool("resolved-values", true)
            .bool("explain", false).string(AsOf.PARAMETER).build();
    private static final QuerySpec DIFF = QuerySpec.builder().bool("resolved-values", true)
            .string("from").string("to").build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec DELETE = QuerySpec.builder().bool("cascade", null).build();

    private final DeviceQueries devices;
    private final DeviceTimeTravel timeTravel;
    private final DevicePastQueries past;
    private final ReadModelWait readModels;
    private final DeviceRepresentation representation;
    private final LedgerWrites writes;
    private final IdAllocator ids;
    private final JsonBodies bodies;
    private final OwnVariablesEndpoints ownVariablesEndpoints;
    private final LabelsEndpoints labelsEndpoints;
    private final DeviceVariablesExplainer explainer;

    HostController(DeviceQueries devices, DeviceRepresentation representation, LedgerWrites writes, IdAllocator ids,
                   JsonBodies bodies, OwnVariablesEndpoints ownVariablesEndpoints, LabelsEndpoints labelsEndpoints,
                   DeviceVariablesExplainer explainer, DeviceTimeTravel timeTravel, DevicePastQueries past,
                   ReadModelWait readModels) {
        this.timeTravel = timeTravel;
        this.past = past;
        this.readModels = readModels;
        this.explainer = explainer;
        this.devices = devices;
        this.representation = representation;
        this.writes = writes;
        this.ids = ids;
        this.bodies = bodies;
        this.ownVariablesEndpoints = ownVariablesEndpoints;
        this.labelsEndpoints = labelsEndpoints;
    }

    @GetMapping
    HostList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        Long asOf = timeTravel.asOf(query);
        if (asOf != null && query.has("vars")) {
            throw ApiException.validation(List.of("'vars' cannot be combined with 'as_of' yet"));
        }
        String ip = query.string("ip_address");
        ListDevicesQuery filters = new ListDevicesQuery(caller.readable(), DeviceKind.HOST,
                query.integer("id"), query.string("name"), query.integer("cloud_id"), query.integer("region_id"),
                query.integer("cell_id"), query.string("device_type"),
                ip == null ? null : IpAddresses.canonicalOrAsSent(ip),
                query.string("label"), null, false, null, VarsFilters.of(query, query.bool("resolved-values")),
                Pagination.request(query));
        Page<DeviceView> page;
        if (asOf == null) {
            page = devices.list(filters);
        } else {
            readModels.untilPosition(Math.min(asOf, timeTravel.now())); // the versions must cover the past asked for
            page = past.list(filters, asOf);
        }
        boolean details = query.bool("details");
        boolean resolved = query.bool("resolved-values");
        Map<Long, VariableMap> variablesById = !details ? Map.of()
                : asOf == null ? representation.variables(page.items(), resolved)
                : timeTravel.variablesOfEach(page.items(), asOf, resolved, caller.readable());
        Map<Long, DeviceKind> parents = representation.parentKinds(page.items());
        List<HostBody> items = page.items().stream()
                .map(host -> representation.host(request, host, parents,
                        details ? Extras.variables(variablesById.get(host.id())) : Extras.NONE))
                .toList();
        return new HostList(items, Pagination.links(request, query, page, DeviceView::id));
    }

    @PostMapping
    ResponseEntity<HostBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        DeviceId id = ids.nextDeviceId();
        Long cell = JsonBodies.nullableInteger(body, "cell_id");
        Long parent = JsonBodies.nullableInteger(body, "parent_id");
        CreateHostCommand command = new CreateHostCommand(id, new ProjectId(caller.projectId()),
                new CloudId(JsonBodies.integer(body, "cloud_id")), new RegionId(JsonBodies.integer(body, "region_id")),
                cell == null ? null : new CellId(cell), parent == null ? null : new DeviceId(parent),
                body.get("name").stringValue(), IpAddresses.canonical(body.get("ip_address").stringValue()),
                body.get("device_type").stringValue(), !body.has("active") || body.get("active").booleanValue(),
                JsonBodies.text(body, "note"), JsonBodies.strings(body, "labels"),
                bodies.variables(body.get("variables")));
        WriteReceipt receipt = writes.store(request, command);
        // the host as its aggregate created it (ADR 0048): what the read models now hold, unread
        DeviceAfterCreate stored = (DeviceAfterCreate) receipt.result();
        DeviceView created = new DeviceView(id.value(), DeviceKind.HOST, caller.projectId(), command.cloudId().value(),
                command.regionId().value(), cell, parent, command.name(), command.ipAddress(), command.deviceType(),
                command.active(), command.note(), null, null, null, ProjectionTime.of(stored.createdAt()), null);
        List<JsonNode> sentLinks = new ArrayList<>();
        if (body.has("links")) {
            body.get("links").forEach(sentLinks::add);
        }
        HostBody response = representation.host(request, created, representation.parentKinds(List.of(created)),
                new Extras(VariableMap.ofValues(stored.variables().values()), sentLinks, body));
        long position = receipt.position();
        return WriteResponses.created(request, "/v1/hosts/" + id.value(), position, response);
    }

    @GetMapping("/{id}")
    HostBody get(HttpServletRequest request, @PathVariable String id) {
        QuerySpec.Query query = GET.parse(request);
        boolean resolved = query.bool("resolved-values");
        Long asOf = timeTravel.asOf(query);
        if (asOf != null) {
            DeviceAt then = timeTravel.at(DeviceKind.HOST, ResourceIds.parse(id), asOf, Caller.of(request).readable());
            return representation.host(request, then.view(), representation.parentKinds(List.of(then.view())),
                    Extras.variables(timeTravel.variables(then, resolved)));
        }
        DeviceView host = visible(Caller.of(request), ResourceIds.parse(id));
        return representation.host(request, host, representation.parentKinds(List.of(host)),
                Extras.variables(representation.variables(host, resolved)));
    }

    @PutMapping("/{id}")
    ResponseEntity<HostBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long hostId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new UpdateHostCommand(new DeviceId(hostId), caller.writable(),
                JsonBodies.patch(body, "name"), JsonBodies.patch(body, "ip_address", IpAddresses::canonical),
                JsonBodies.patch(body, "device_type"),
                body.has("active") ? Patch.of(body.get("active").booleanValue()) : Patch.absent(),
                JsonBodies.patch(body, "note"), parentPatch(body)));
        DeviceView host = visible(caller, hostId);
        return WriteResponses.ok(position,
                representation.host(request, host, representation.parentKinds(List.of(host)), Extras.NONE));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long hostId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        visible(caller, hostId);
        long position = DELETE.parse(request).bool("cascade")
                ? writes.deleteCascading(request, NodeKind.HOST, hostId)
                : writes.send(request, new DeleteHostCommand(new DeviceId(hostId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    @GetMapping("/{id}/variables")
    Object getVariables(HttpServletRequest request, @PathVariable String id) {
        QuerySpec.Query query = GET_VARIABLES.parse(request);
        Long asOf = timeTravel.asOf(query);
        if (asOf != null) {
            return timeTravel.variables(timeTravel.at(DeviceKind.HOST, ResourceIds.parse(id), asOf,
                    Caller.of(request).readable()), query.bool("resolved-values"), query.bool("explain"));
        }
        DeviceView host = visible(Caller.of(request), ResourceIds.parse(id));
        return explainer.variables(host, query.bool("resolved-values"), query.bool("explain"));
    }

    /** How the variables differ between {@code from} and {@code to} (default: now), from the log. */
    @GetMapping("/{id}/variables/diff")
    DiffBody diffVariables(HttpServletRequest request, @PathVariable String id) {
        return timeTravel.diff(DeviceKind.HOST, ResourceIds.parse(id), DIFF.parse(request),
                Caller.of(request).readable());
    }

    @PutMapping("/{id}/variables")
    ResponseEntity<VariablesBody> setVariables(HttpServletRequest request, @PathVariable String id) {
        long hostId = ResourceIds.parse(id);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetHostVariablesCommand(new DeviceId(hostId), scope, values));
    }

    @DeleteMapping("/{id}/variables")
    ResponseEntity<Void> deleteVariables(HttpServletRequest request, @PathVariable String id) {
        long hostId = ResourceIds.parse(id);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteHostVariablesCommand(new DeviceId(hostId), scope, keys));
    }

    @GetMapping("/{id}/labels")
    LabelsBody getLabels(HttpServletRequest request, @PathVariable String id) {
        DeviceView host = visible(Caller.of(request), ResourceIds.parse(id));
        return labelsEndpoints.get(request, host.id());
    }

    @PutMapping("/{id}/labels")
    ResponseEntity<LabelsBody> addLabels(HttpServletRequest request, @PathVariable String id) {
        long hostId = ResourceIds.parse(id);
        return labelsEndpoints.add(request, hostId,
                (labels, scope) -> new AddHostLabelsCommand(new DeviceId(hostId), scope, labels));
    }

    @DeleteMapping("/{id}/labels")
    ResponseEntity<Void> removeLabels(HttpServletRequest request, @PathVariable String id) {
        long hostId = ResourceIds.parse(id);
        return labelsEndpoints.remove(request,
                (labels, scope) -> new RemoveHostLabelsCommand(new DeviceId(hostId), scope, labels));
    }

    private DeviceView visible(Caller caller, long hostId) {
        return devices.fetch(DeviceKind.HOST, hostId, caller.readable()).orElseThrow(ApiException::notFound);
    }

    static Patch<DeviceId> parentPatch(JsonNode body) {
        if (!body.has("parent_id")) {
            return Patch.absent();
        }
        Long parent = JsonBodies.nullableInteger(body, "parent_id");
        return Patch.of(parent == null ? null : new DeviceId(parent));
    }
}
