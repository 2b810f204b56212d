package org.fleetledger.gateway.network;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.CreateNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkVariablesCommand;
import org.fleetledger.command.api.SetNetworkVariablesCommand;
import org.fleetledger.command.api.UpdateNetworkCommand;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.AsOf;
import org.fleetledger.gateway.http.BodySchema;
import org.fleetledger.gateway.http.IpAddresses;
import org.fleetledger.gateway.http.JsonBodies;
import org.fleetledger.gateway.http.LedgerWrites;
import org.fleetledger.gateway.http.NetworkAddresses;
import org.fleetledger.gateway.http.OwnVariablesEndpoints;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.gateway.http.ResourceTimeTravel;
import org.fleetledger.gateway.http.VariablesBody;
import org.fleetledger.gateway.http.VarsFilters;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
import org.fleetledger.query.network.ListNetworksQuery;
import org.fleetledger.query.network.NetworkQueries;
import org.fleetledger.query.network.NetworkView;
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

import static org.fleetledger.gateway.http.BodySchema.Type.CIDR;
import static org.fleetledger.gateway.http.BodySchema.Type.INTEGER;
import static org.fleetledger.gateway.http.BodySchema.Type.IP_ADDRESS;
import static org.fleetledger.gateway.http.BodySchema.Type.NAME;
import static org.fleetledger.gateway.http.BodySchema.Type.NETMASK;
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_SHORT_STRING;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/**
 * {@code /v1/networks}: the Craton v1 network endpoints. Addresses are checked and kept in canonical
 * form. Networks resolve to their own variables only, so {@code resolved-values} changes nothing.
 */
@RestController
@RequestMapping("/v1/networks")
class NetworkController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).required("cidr", CIDR).required("gateway", IP_ADDRESS)
            .required("netmask", NETMASK).required("cloud_id", INTEGER).required("region_id", INTEGER)
            .optional("cell_id", INTEGER).optional("ip_block_type", NULLABLE_SHORT_STRING)
            .optional("nss", NULLABLE_SHORT_STRING).optional("variables", VARIABLES).build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("name", NAME).optional("cidr", CIDR).optional("gateway", IP_ADDRESS)
            .optional("netmask", NETMASK).optional("ip_block_type", NULLABLE_SHORT_STRING)
            .optional("nss", NULLABLE_SHORT_STRING).build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .integer("id").string("name").integer("region_id").integer("cell_id").string("vars").bool("details", null)
            .bool("resolved-values", true).paginated().build();
    private static final QuerySpec GET = QuerySpec.builder().string(AsOf.PARAMETER).build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec DELETE = QuerySpec.builder().bool("cascade", null).build();

    private final NetworkQueries networks;
    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final ResourceTimeTravel timeTravel;
    private final IdAllocator ids;
    private final JsonBodies bodies;
    private final OwnVariablesEndpoints ownVariablesEndpoints;

    NetworkController(NetworkQueries networks, VariableQueries variables, LedgerWrites writes, IdAllocator ids,
                      JsonBodies bodies, OwnVariablesEndpoints ownVariablesEndpoints,
                      ResourceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
        this.networks = networks;
        this.variables = variables;
        this.writes = writes;
        this.ids = ids;
        this.bodies = bodies;
        this.ownVariablesEndpoints = ownVariablesEndpoints;
    }

    @GetMapping
    NetworkList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        Page<NetworkView> page = networks.list(new ListNetworksQuery(caller.readable(), query.integer("id"),
                query.string("name"), query.integer("region_id"), query.integer("cell_id"),
                VarsFilters.of(query), Pagination.request(query)));
        boolean details = query.bool("details");
        List<NetworkBody> items = page.items().stream()
                .map(network -> NetworkBody.of(network, details ? ownVariables(network.id()) : null))
                .toList();
        return new NetworkList(items, Pagination.links(request, query, page, NetworkView::id));
    }

    @PostMapping
    ResponseEntity<NetworkBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        NetworkId id = ids.nextNetworkId();
        Long cell = body.has("cell_id") ? JsonBodies.integer(body, "cell_id") : null;
        long position = writes.send(request, new CreateNetworkCommand(id, new ProjectId(caller.projectId()),
                new CloudId(JsonBodies.integer(body, "cloud_id")), new RegionId(JsonBodies.integer(body, "region_id")),
                cell == null ? null : new CellId(cell), body.get("name").stringValue(),
                NetworkAddresses.canonicalCidr(body.get("cidr").stringValue()),
                IpAddresses.canonical(body.get("gateway").stringValue()),
                NetworkAddresses.canonicalNetmask(body.get("netmask").stringValue()),
                JsonBodies.text(body, "ip_block_type"), JsonBodies.text(body, "nss"),
                bodies.variables(body.get("variables"))));
        return WriteResponses.created(request, "/v1/networks/" + id.value(), position,
                NetworkBody.of(visible(caller, id.value()), ownVariables(id.value())));
    }

    @GetMapping("/{id}")
    NetworkBody get(HttpServletRequest request, @PathVariable String id) {
        Long asOf = timeTravel.asOf(GET.parse(request));
        if (asOf != null) {
            long networkId = ResourceIds.parse(id);
            ResourceState then = timeTravel.at(LedgerResourceType.NETWORK, networkId, asOf,
                    Caller.of(request).readable());
            return NetworkBody.of(new NetworkView(networkId, UUID.fromString(then.text("project_id")),
                    then.number("cloud_id"), then.number("region_id"), then.number("cell_id"), then.text("name"),
                    then.text("cidr"), then.text("gateway"), then.text("netmask"), then.text("ip_block_type"),
                    then.text("nss"), ResourceTimeTravel.time(then.createdAt()),
                    ResourceTimeTravel.time(then.updatedAt())), VariableMap.ofValues(then.variables()));
        }
        NetworkView network = visible(Caller.of(request), ResourceIds.parse(id));
        return NetworkBody.of(network, ownVariables(network.id()));
    }

    @PutMapping("/{id}")
    ResponseEntity<NetworkBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long networkId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new UpdateNetworkCommand(new NetworkId(networkId), caller.writable(),
                JsonBodies.patch(body, "name"), JsonBodies.patch(body, "cidr", NetworkAddresses::canonicalCidr),
                JsonBodies.patch(body, "gateway", IpAddresses::canonical),
                JsonBodies.patch(body, "netmask", NetworkAddresses::canonicalNetmask),
                JsonBodies.patch(body, "ip_block_type"), JsonBodies.patch(body, "nss")));
        return WriteResponses.ok(position, NetworkBody.of(visible(caller, networkId), null));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long networkId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        long position = DELETE.parse(request).bool("cascade")
                ? writes.deleteCascading(request, NodeKind.NETWORK, networkId)
                : writes.send(request, new DeleteNetworkCommand(new NetworkId(networkId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    @GetMapping("/{id}/variables")
    VariablesBody getVariables(HttpServletRequest request, @PathVariable String id) {
        long resourceId = ResourceIds.parse(id);
        return ownVariablesEndpoints.get(request, LedgerResourceType.NETWORK, OwnerType.NETWORK, resourceId,
                () -> visible(Caller.of(request), resourceId));
    }

    @PutMapping("/{id}/variables")
    ResponseEntity<VariablesBody> setVariables(HttpServletRequest request, @PathVariable String id) {
        long networkId = ResourceIds.parse(id);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetNetworkVariablesCommand(new NetworkId(networkId), scope, values));
    }

    @DeleteMapping("/{id}/variables")
    ResponseEntity<Void> deleteVariables(HttpServletRequest request, @PathVariable String id) {
        long networkId = ResourceIds.parse(id);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteNetworkVariablesCommand(new NetworkId(networkId), scope, keys));
    }

    private NetworkView visible(Caller caller, long networkId) {
        return networks.fetch(networkId, caller.readable()).orElseThrow(ApiException::notFound);
    }

    private VariableMap ownVariables(long networkId) {
        return variables.own(OwnerType.NETWORK, Long.toString(networkId));
    }
}
