package org.fleetledger.gateway.device;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.AddNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.CreateNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.RemoveNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.SetNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.UpdateNetworkDeviceCommand;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.ledger.IdAllocator;
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
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.gateway.http.VariablesBody;
import org.fleetledger.gateway.http.VarsFilters;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.device.DeviceKind;
import org.fleetledger.query.device.DeviceQueries;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.device.ListDevicesQuery;
import org.fleetledger.query.paging.Page;
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
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_SHORT_STRING;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/** {@code /v1/network-devices}: the Craton v1 network device endpoints, labels included. */
@RestController
@RequestMapping("/v1/network-devices")
class NetworkDeviceController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).required("cloud_id", INTEGER).required("region_id", INTEGER)
            .required("ip_address", IP_ADDRESS).required("device_type", NAME)
            .optional("cell_id", INTEGER).optional("parent_id", INTEGER).optional("active", BOOLEAN)
            .optional("model_name", NULLABLE_SHORT_STRING).optional("os_version", NULLABLE_SHORT_STRING)
            .optional("vlans", NULLABLE_SHORT_STRING).optional("variables", VARIABLES).optional("links", ARRAY)
            .optional("access_secret_id", INTEGER).optional("interface_id", INTEGER).optional("network_id", INTEGER)
            .build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("name", NAME).optional("ip_address", IP_ADDRESS).optional("device_type", NAME)
            .optional("model_name", NULLABLE_SHORT_STRING).optional("os_version", NULLABLE_SHORT_STRING)
            .optional("vlans", NULLABLE_SHORT_STRING).optional("parent_id", NULLABLE_INTEGER).build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .integer("id").string("ip_address").integer("region_id").integer("cloud_id").string("name")
            .bool("details", null).string("device_type").integer("cell_id").string("vars").bool("resolved-values", true)
            .paginated().build();
    private static final QuerySpec GET = QuerySpec.builder().bool("resolved-values", true).string(AsOf.PARAMETER).build();
    private static final QuerySpec GET_VARIABLES = QuerySpec.builder().bool("resolved-values", false)
            .bool("explain", false).string(AsOf.PARAMETER).build();
    private static final QuerySpec DIFF = QuerySpec.builder().bool("resolved-values", false)
            .string("from").string("to").build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec DELETE = QuerySpec.builder().bool("cascade", null).build();

    private final DeviceQueries devices;
    private final DeviceTimeTravel timeTravel;
    private final DeviceRepresentation representation;
    private final LedgerWrites writes;
    private final IdAllocator ids;
    private final JsonBodies bodies;
    private final OwnVariablesEndpoints ownVariablesEndpoints;
    private final LabelsEndpoints labelsEndpoints;
    private final DeviceVariablesExplainer explainer;

    NetworkDeviceController(DeviceQueries devices, DeviceRepresentation representation, LedgerWrites writes,
                            IdAllocator ids, JsonBodies bodies, OwnVariablesEndpoints ownVariablesEndpoints,
                            LabelsEndpoints labelsEndpoints, DeviceVariablesExplainer explainer,
            DeviceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
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
    NetworkDeviceList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        String ip = query.string("ip_address");
        Page<DeviceView> page = devices.list(new ListDevicesQuery(caller.readable(), DeviceKind.NETWORK_DEVICE,
                query.integer("id"), query.string("name"), query.integer("cloud_id"), query.integer("region_id"),
                query.integer("cell_id"), query.string("device_type"),
                ip == null ? null : IpAddresses.canonicalOrAsSent(ip), null, null, false, null,
                VarsFilters.of(query, query.bool("resolved-values")), Pagination.request(query)));
        boolean details = query.bool("details");
        boolean resolved = query.bool("resolved-values");
        Map<Long, VariableMap> variablesById = details
                ? representation.variables(page.items(), resolved) : Map.of();
        Map<Long, DeviceKind> parents = representation.parentKinds(page.items());
        List<NetworkDeviceBody> items = page.items().stream()
                .map(device -> representation.networkDevice(request, device, parents,
                        details ? Extras.variables(variablesById.get(device.id())) : Extras.NONE))
                .toList();
        return new NetworkDeviceList(items, Pagination.links(request, query, page, DeviceView::id));
    }

    @PostMapping
    ResponseEntity<NetworkDeviceBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        DeviceId id = ids.nextDeviceId();
        Long cell = JsonBodies.nullableInteger(body, "cell_id");
        Long parent = JsonBodies.nullableInteger(body, "parent_id");
        long position = writes.send(request, new CreateNetworkDeviceCommand(id, new ProjectId(caller.projectId()),
                new CloudId(JsonBodies.integer(body, "cloud_id")), new RegionId(JsonBodies.integer(body, "region_id")),
                cell == null ? null : new CellId(cell), parent == null ? null : new DeviceId(parent),
                body.get("name").stringValue(), IpAddresses.canonical(body.get("ip_address").stringValue()),
                body.get("device_type").stringValue(), !body.has("active") || body.get("active").booleanValue(),
                JsonBodies.text(body, "model_name"), JsonBodies.text(body, "os_version"), JsonBodies.text(body, "vlans"),
                bodies.variables(body.get("variables"))));
        DeviceView created = visible(caller, id.value());
        List<JsonNode> sentLinks = new ArrayList<>();
        if (body.has("links")) {
            body.get("links").forEach(sentLinks::add);
        }
        NetworkDeviceBody response = representation.networkDevice(request, created,
                representation.parentKinds(List.of(created)),
                new Extras(representation.variables(created, false), sentLinks, body));
        return WriteResponses.created(request, "/v1/network-devices/" + id.value(), position, response);
    }

    @GetMapping("/{id}")
    NetworkDeviceBody get(HttpServletRequest request, @PathVariable String id) {
        QuerySpec.Query query = GET.parse(request);
        boolean resolved = query.bool("resolved-values");
        Long asOf = timeTravel.asOf(query);
        if (asOf != null) {
            DeviceAt then = timeTravel.at(DeviceKind.NETWORK_DEVICE, ResourceIds.parse(id), asOf,
                    Caller.of(request).readable());
            return representation.networkDevice(request, then.view(),
                    representation.parentKinds(List.of(then.view())),
                    Extras.variables(timeTravel.variables(then, resolved)));
        }
        DeviceView device = visible(Caller.of(request), ResourceIds.parse(id));
        return representation.networkDevice(request, device, representation.parentKinds(List.of(device)),
                Extras.variables(representation.variables(device, resolved)));
    }

    @PutMapping("/{id}")
    ResponseEntity<NetworkDeviceBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long deviceId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new UpdateNetworkDeviceCommand(new DeviceId(deviceId), caller.writable(),
                JsonBodies.patch(body, "name"), JsonBodies.patch(body, "ip_address", IpAddresses::canonical),
                JsonBodies.patch(body, "device_type"), JsonBodies.patch(body, "model_name"),
                JsonBodies.patch(body, "os_version"), JsonBodies.patch(body, "vlans"), HostController.parentPatch(body)));
        DeviceView device = visible(caller, deviceId);
        return WriteResponses.ok(position, representation.networkDevice(request, device,
                representation.parentKinds(List.of(device)), Extras.NONE));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long deviceId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        visible(caller, deviceId);
        long position = DELETE.parse(request).bool("cascade")
                ? writes.deleteCascading(request, NodeKind.NETWORK_DEVICE, deviceId)
                : writes.send(request, new DeleteNetworkDeviceCommand(new DeviceId(deviceId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    /** Own variables as in Craton; {@code resolved-values} and {@code explain} are additions, off by default. */
    @GetMapping("/{id}/variables")
    Object getVariables(HttpServletRequest request, @PathVariable String id) {
        QuerySpec.Query query = GET_VARIABLES.parse(request);
        Long asOf = timeTravel.asOf(query);
        if (asOf != null) {
            return timeTravel.variables(timeTravel.at(DeviceKind.NETWORK_DEVICE, ResourceIds.parse(id), asOf,
                    Caller.of(request).readable()), query.bool("resolved-values"), query.bool("explain"));
        }
        DeviceView device = visible(Caller.of(request), ResourceIds.parse(id));
        return explainer.variables(device, query.bool("resolved-values"), query.bool("explain"));
    }

    /** How the variables differ between {@code from} and {@code to} (default: now), from the log. */
    @GetMapping("/{id}/variables/diff")
    DiffBody diffVariables(HttpServletRequest request, @PathVariable String id) {
        return timeTravel.diff(DeviceKind.NETWORK_DEVICE, ResourceIds.parse(id), DIFF.parse(request),
                Caller.of(request).readable());
    }

    @PutMapping("/{id}/variables")
    ResponseEntity<VariablesBody> setVariables(HttpServletRequest request, @PathVariable String id) {
        long deviceId = ResourceIds.parse(id);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetNetworkDeviceVariablesCommand(new DeviceId(deviceId), scope, values));
    }

    @DeleteMapping("/{id}/variables")
    ResponseEntity<Void> deleteVariables(HttpServletRequest request, @PathVariable String id) {
        long deviceId = ResourceIds.parse(id);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteNetworkDeviceVariablesCommand(new DeviceId(deviceId), scope, keys));
    }

    @GetMapping("/{id}/labels")
    LabelsBody getLabels(HttpServletRequest request, @PathVariable String id) {
        DeviceView device = visible(Caller.of(request), ResourceIds.parse(id));
        return labelsEndpoints.get(request, device.id());
    }

    @PutMapping("/{id}/labels")
    ResponseEntity<LabelsBody> addLabels(HttpServletRequest request, @PathVariable String id) {
        long deviceId = ResourceIds.parse(id);
        return labelsEndpoints.add(request, deviceId,
                (labels, scope) -> new AddNetworkDeviceLabelsCommand(new DeviceId(deviceId), scope, labels));
    }

    @DeleteMapping("/{id}/labels")
    ResponseEntity<Void> removeLabels(HttpServletRequest request, @PathVariable String id) {
        long deviceId = ResourceIds.parse(id);
        return labelsEndpoints.remove(request,
                (labels, scope) -> new RemoveNetworkDeviceLabelsCommand(new DeviceId(deviceId), scope, labels));
    }

    private DeviceView visible(Caller caller, long deviceId) {
        return devices.fetch(DeviceKind.NETWORK_DEVICE, deviceId, caller.readable())
                .orElseThrow(ApiException::notFound);
    }
}
