package org.fleetledger.gateway.region;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.CreateRegionCommand;
import org.fleetledger.command.api.DeleteRegionCommand;
import org.fleetledger.command.api.DeleteRegionVariablesCommand;
import org.fleetledger.command.api.SetRegionVariablesCommand;
import org.fleetledger.command.api.UpdateRegionCommand;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.AsOf;
import org.fleetledger.gateway.http.BodySchema;
import org.fleetledger.gateway.http.JsonBodies;
import org.fleetledger.gateway.http.LedgerWrites;
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
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.region.ListRegionsQuery;
import org.fleetledger.query.region.LookUpRegionQuery;
import org.fleetledger.query.region.RegionQueries;
import org.fleetledger.query.region.RegionView;
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
import java.util.Map;
import java.util.UUID;

import static org.fleetledger.gateway.http.BodySchema.Type.INTEGER;
import static org.fleetledger.gateway.http.BodySchema.Type.NAME;
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_STRING;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/** {@code /v1/regions}: the Craton v1 region endpoints. */
@RestController
@RequestMapping("/v1/regions")
class RegionController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).required("cloud_id", INTEGER).optional("note", NULLABLE_STRING)
            .optional("variables", VARIABLES).build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("name", NAME).optional("note", NULLABLE_STRING).build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .string("name").integer("id").integer("cloud_id").string("vars").bool("details", null)
            .bool("resolved-values", true)
            .paginated().build();
    private static final QuerySpec GET = QuerySpec.builder().bool("resolved-values", true)
            .string(AsOf.PARAMETER).build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec DELETE = QuerySpec.builder().bool("cascade", null).build();

    private final RegionQueries regions;
    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final ResourceTimeTravel timeTravel;
    private final IdAllocator ids;
    private final JsonBodies bodies;
    private final OwnVariablesEndpoints ownVariablesEndpoints;

    RegionController(RegionQueries regions, VariableQueries variables, LedgerWrites writes, IdAllocator ids,
                     JsonBodies bodies, OwnVariablesEndpoints ownVariablesEndpoints,
            ResourceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
        this.ownVariablesEndpoints = ownVariablesEndpoints;
        this.regions = regions;
        this.variables = variables;
        this.writes = writes;
        this.ids = ids;
        this.bodies = bodies;
    }

    @GetMapping
    RegionList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        if (query.has("name") || query.has("id")) {
            RegionView found = regions.lookUp(new LookUpRegionQuery(caller.readable(), query.string("name"),
                    query.integer("id"))).orElseThrow(ApiException::notFound);
            return new RegionList(List.of(RegionBody.of(found, null)), List.of());
        }
        Page<RegionView> page = regions.list(new ListRegionsQuery(caller.readable(), query.integer("cloud_id"),
                VarsFilters.of(query, query.bool("resolved-values")), Pagination.request(query)));
        boolean details = query.bool("details");
        boolean resolved = query.bool("resolved-values");
        Map<Long, VariableMap> variablesById = details
                ? variables.ofEach(OwnerType.REGION, page.items().stream().map(RegionView::id).toList(), resolved) : Map.of();
        List<RegionBody> items = page.items().stream()
                .map(region -> RegionBody.of(region, details ? variablesById.get(region.id()) : null))
                .toList();
        return new RegionList(items, Pagination.links(request, query, page, RegionView::id));
    }

    @PostMapping
    ResponseEntity<RegionBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        RegionId id = ids.nextRegionId();
        long position = writes.send(request, new CreateRegionCommand(id, new ProjectId(caller.projectId()),
                new CloudId(JsonBodies.integer(body, "cloud_id")), body.get("name").stringValue(),
                JsonBodies.text(body, "note"), bodies.variables(body.get("variables"))));
        RegionView created = visible(caller, id.value());
        return WriteResponses.created(request, "/v1/regions/" + id.value(), position,
                RegionBody.of(created, ownVariables(id.value())));
    }

    @GetMapping("/{id}")
    RegionBody get(HttpServletRequest request, @PathVariable String id) {
        QuerySpec.Query query = GET.parse(request);
        boolean resolved = query.bool("resolved-values");
        Long asOf = timeTravel.asOf(query);
        if (asOf != null) {
            long regionId = ResourceIds.parse(id);
            ResourceState then = timeTravel.at(LedgerResourceType.REGION, regionId, asOf,
                    Caller.of(request).readable());
            return RegionBody.of(new RegionView(regionId, UUID.fromString(then.text("project_id")),
                    then.number("cloud_id"), then.text("name"), then.text("note"),
                    ResourceTimeTravel.time(then.createdAt()), ResourceTimeTravel.time(then.updatedAt())),
                    timeTravel.scopeVariables(LedgerResourceType.REGION, then, asOf, resolved));
        }
        RegionView region = visible(Caller.of(request), ResourceIds.parse(id));
        return RegionBody.of(region, variablesOf(region, resolved));
    }

    @PutMapping("/{id}")
    ResponseEntity<RegionBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long regionId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new UpdateRegionCommand(new RegionId(regionId), caller.writable(),
                JsonBodies.patch(body, "name"), JsonBodies.patch(body, "note")));
        return WriteResponses.ok(position, RegionBody.of(visible(caller, regionId), null));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long regionId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        long position = DELETE.parse(request).bool("cascade")
                ? writes.deleteCascading(request, NodeKind.REGION, regionId)
                : writes.send(request, new DeleteRegionCommand(new RegionId(regionId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    @GetMapping("/{id}/variables")
    VariablesBody getVariables(HttpServletRequest request, @PathVariable String id) {
        long resourceId = ResourceIds.parse(id);
        return ownVariablesEndpoints.get(request, LedgerResourceType.REGION, OwnerType.REGION, resourceId,
                () -> visible(Caller.of(request), resourceId));
    }

    @PutMapping("/{id}/variables")
    ResponseEntity<VariablesBody> setVariables(HttpServletRequest request, @PathVariable String id) {
        long regionId = ResourceIds.parse(id);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetRegionVariablesCommand(new RegionId(regionId), scope, values));
    }

    @DeleteMapping("/{id}/variables")
    ResponseEntity<Void> deleteVariables(HttpServletRequest request, @PathVariable String id) {
        long regionId = ResourceIds.parse(id);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteRegionVariablesCommand(new RegionId(regionId), scope, keys));
    }

    private RegionView visible(Caller caller, long regionId) {
        return regions.fetch(regionId, caller.readable()).orElseThrow(ApiException::notFound);
    }

    private VariableMap ownVariables(long regionId) {
        return variables.own(OwnerType.REGION, Long.toString(regionId));
    }

    private VariableMap variablesOf(RegionView region, boolean resolved) {
        return resolved ? variables.resolved(OwnerType.REGION, region.id()) : ownVariables(region.id());
    }
}
