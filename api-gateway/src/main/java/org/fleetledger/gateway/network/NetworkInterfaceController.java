package org.fleetledger.gateway.network;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.CreateNetworkInterfaceCommand;
import org.fleetledger.command.api.DeleteNetworkInterfaceCommand;
import org.fleetledger.command.api.UpdateNetworkInterfaceCommand;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.AsOf;
import org.fleetledger.gateway.http.BodySchema;
import org.fleetledger.gateway.http.IpAddresses;
import org.fleetledger.gateway.http.JsonBodies;
import org.fleetledger.gateway.http.LedgerWrites;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.gateway.http.ResourceTimeTravel;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
import org.fleetledger.query.network.ListNetworkInterfacesQuery;
import org.fleetledger.query.network.NetworkInterfaceQueries;
import org.fleetledger.query.network.NetworkInterfaceView;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.variables.VariableMap;
import org.fleetledger.query.variables.VariableQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.fleetledger.gateway.http.BodySchema.Type.INTEGER;
import static org.fleetledger.gateway.http.BodySchema.Type.IP_ADDRESS;
import static org.fleetledger.gateway.http.BodySchema.Type.NAME;
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_SHORT_STRING;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/**
 * {@code /v1/network-interfaces}: the Craton v1 interface endpoints. Interfaces have own variables
 * (set on create, shown on a GET by id) but no variables endpoints.
 */
@RestController
@RequestMapping("/v1/network-interfaces")
class NetworkInterfaceController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).required("device_id", INTEGER).required("interface_type", NAME)
            .required("ip_address", IP_ADDRESS).optional("network_id", INTEGER).optional("vlan_id", INTEGER)
            .optional("port", INTEGER).optional("speed", INTEGER).optional("vlan", NULLABLE_SHORT_STRING)
            .optional("duplex", NULLABLE_SHORT_STRING).optional("link", NULLABLE_SHORT_STRING)
            .optional("cdp", NULLABLE_SHORT_STRING).optional("security", NULLABLE_SHORT_STRING)
            .optional("variables", VARIABLES).build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("name", NAME).optional("interface_type", NAME).optional("vlan", NULLABLE_SHORT_STRING)
            .optional("port", INTEGER).optional("duplex", NULLABLE_SHORT_STRING).optional("speed", INTEGER)
            .optional("link", NULLABLE_SHORT_STRING).optional("cdp", NULLABLE_SHORT_STRING)
            .optional("security", NULLABLE_SHORT_STRING).build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .integer("id").integer("device_id").string("ip_address").string("interface_type").paginated().build();
    private static final QuerySpec GET = QuerySpec.builder().string(AsOf.PARAMETER).build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();

    private final NetworkInterfaceQueries interfaces;
    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final ResourceTimeTravel timeTravel;
    private final IdAllocator ids;
    private final JsonBodies bodies;

    NetworkInterfaceController(NetworkInterfaceQueries interfaces, VariableQueries variables, LedgerWrites writes,
                               IdAllocator ids, JsonBodies bodies,
                               ResourceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
        this.interfaces = interfaces;
        this.variables = variables;
        this.writes = writes;
        this.ids = ids;
        this.bodies = bodies;
    }

    @GetMapping
    NetworkInterfaceList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        String ip = query.string("ip_address");
        Page<NetworkInterfaceView> page = interfaces.list(new ListNetworkInterfacesQuery(caller.readable(),
                query.integer("id"), query.integer("device_id"), ip == null ? null : IpAddresses.canonicalOrAsSent(ip),
                query.string("interface_type"), Pagination.request(query)));
        List<NetworkInterfaceBody> items = page.items().stream()
                .map(networkInterface -> NetworkInterfaceBody.of(networkInterface, null))
                .toList();
        return new NetworkInterfaceList(items, Pagination.links(request, query, page, NetworkInterfaceView::id));
    }

    @PostMapping
    ResponseEntity<NetworkInterfaceBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        NetworkInterfaceId id = ids.nextNetworkInterfaceId();
        Long network = JsonBodies.nullableInteger(body, "network_id");
        long position = writes.send(request, new CreateNetworkInterfaceCommand(id,
                new ProjectId(caller.projectId()), new DeviceId(JsonBodies.integer(body, "device_id")),
                network == null ? null : new NetworkId(network), body.get("name").stringValue(),
                body.get("interface_type").stringValue(), IpAddresses.canonical(body.get("ip_address").stringValue()),
                JsonBodies.nullableInteger(body, "vlan_id"), JsonBodies.nullableInteger(body, "port"),
                JsonBodies.nullableInteger(body, "speed"), JsonBodies.text(body, "vlan"),
                JsonBodies.text(body, "duplex"), JsonBodies.text(body, "link"), JsonBodies.text(body, "cdp"),
                JsonBodies.text(body, "security"), bodies.variables(body.get("variables"))));
        return WriteResponses.created(request, "/v1/network-interfaces/" + id.value(), position,
                NetworkInterfaceBody.of(visible(caller, id.value()), null));
    }

    @GetMapping("/{id}")
    NetworkInterfaceBody get(HttpServletRequest request, @PathVariable String id) {
        Long asOf = timeTravel.asOf(GET.parse(request));
        if (asOf != null) {
            long interfaceId = ResourceIds.parse(id);
            ResourceState then = timeTravel.at(LedgerResourceType.NETWORK_INTERFACE, interfaceId, asOf,
                    Caller.of(request).readable());
            return NetworkInterfaceBody.of(new NetworkInterfaceView(interfaceId,
                    UUID.fromString(then.text("project_id")), then.number("device_id"), then.number("network_id"),
                    then.text("name"), then.text("interface_type"), then.text("ip_address"), then.number("vlan_id"),
                    then.number("port"), then.number("speed"), then.text("vlan"), then.text("duplex"),
                    then.text("link"), then.text("cdp"), then.text("security"),
                    ResourceTimeTravel.time(then.createdAt()), ResourceTimeTravel.time(then.updatedAt())),
                    VariableMap.ofValues(then.variables()));
        }
        NetworkInterfaceView networkInterface = visible(Caller.of(request), ResourceIds.parse(id));
        return NetworkInterfaceBody.of(networkInterface,
                variables.own(OwnerType.NETWORK_INTERFACE, Long.toString(networkInterface.id())));
    }

    @PutMapping("/{id}")
    ResponseEntity<NetworkInterfaceBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long interfaceId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new UpdateNetworkInterfaceCommand(new NetworkInterfaceId(interfaceId),
                caller.writable(), JsonBodies.patch(body, "name"), JsonBodies.patch(body, "interface_type"),
                JsonBodies.patch(body, "vlan"), JsonBodies.integerPatch(body, "port"),
                JsonBodies.patch(body, "duplex"), JsonBodies.integerPatch(body, "speed"),
                JsonBodies.patch(body, "link"), JsonBodies.patch(body, "cdp"), JsonBodies.patch(body, "security")));
        return WriteResponses.ok(position, NetworkInterfaceBody.of(visible(caller, interfaceId), null));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long interfaceId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        NO_PARAMETERS.parse(request);
        long position = writes.send(request,
                new DeleteNetworkInterfaceCommand(new NetworkInterfaceId(interfaceId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    private NetworkInterfaceView visible(Caller caller, long interfaceId) {
        return interfaces.fetch(interfaceId, caller.readable()).orElseThrow(ApiException::notFound);
    }
}
