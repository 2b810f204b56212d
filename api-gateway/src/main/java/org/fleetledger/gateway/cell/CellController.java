package org.fleetledger.gateway.cell;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.CreateCellCommand;
import org.fleetledger.command.api.DeleteCellCommand;
import org.fleetledger.command.api.DeleteCellVariablesCommand;
import org.fleetledger.command.api.SetCellVariablesCommand;
import org.fleetledger.command.api.UpdateCellCommand;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.events.cell.CellId;
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
import org.fleetledger.query.cell.CellQueries;
import org.fleetledger.query.cell.CellView;
import org.fleetledger.query.cell.ListCellsQuery;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
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
import java.util.Map;
import java.util.UUID;

import static org.fleetledger.gateway.http.BodySchema.Type.INTEGER;
import static org.fleetledger.gateway.http.BodySchema.Type.NAME;
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_STRING;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/** {@code /v1/cells}: the Craton v1 cell endpoints. */
@RestController
@RequestMapping("/v1/cells")
class CellController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).required("cloud_id", INTEGER).required("region_id", INTEGER)
            .optional("note", NULLABLE_STRING).optional("variables", VARIABLES).build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("name", NAME).optional("note", NULLABLE_STRING).build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .integer("region_id").integer("cloud_id").integer("id").string("name").string("vars").bool("details", null)
            .bool("resolved-values", true).paginated().build();
    private static final QuerySpec GET = QuerySpec.builder().bool("resolved-values", true)
            .string(AsOf.PARAMETER).build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec DELETE = QuerySpec.builder().bool("cascade", null).build();

    private final CellQueries cells;
    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final ResourceTimeTravel timeTravel;
    private final IdAllocator ids;
    private final JsonBodies bodies;
    private final OwnVariablesEndpoints ownVariablesEndpoints;

    CellController(CellQueries cells, VariableQueries variables, LedgerWrites writes, IdAllocator ids,
                   JsonBodies bodies, OwnVariablesEndpoints ownVariablesEndpoints,
            ResourceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
        this.ownVariablesEndpoints = ownVariablesEndpoints;
        this.cells = cells;
        this.variables = variables;
        this.writes = writes;
        this.ids = ids;
        this.bodies = bodies;
    }

    @GetMapping
    CellList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        Page<CellView> page = cells.list(new ListCellsQuery(caller.readable(), query.integer("id"),
                query.string("name"), query.integer("region_id"), query.integer("cloud_id"),
                VarsFilters.of(query, query.bool("resolved-values")), Pagination.request(query)));
        boolean details = query.bool("details");
        boolean resolved = query.bool("resolved-values");
        Map<Long, VariableMap> variablesById = details
                ? variables.ofEach(OwnerType.CELL, page.items().stream().map(CellView::id).toList(), resolved) : Map.of();
        List<CellBody> items = page.items().stream()
                .map(cell -> CellBody.of(cell, details ? variablesById.get(cell.id()) : null))
                .toList();
        return new CellList(items, Pagination.links(request, query, page, CellView::id));
    }

    @PostMapping
    ResponseEntity<CellBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        CellId id = ids.nextCellId();
        long position = writes.send(request, new CreateCellCommand(id, new ProjectId(caller.projectId()),
                new CloudId(JsonBodies.integer(body, "cloud_id")), new RegionId(JsonBodies.integer(body, "region_id")),
                body.get("name").stringValue(), JsonBodies.text(body, "note"), bodies.variables(body.get("variables"))));
        CellView created = visible(caller, id.value());
        return WriteResponses.created(request, "/v1/cells/" + id.value(), position,
                CellBody.of(created, ownVariables(id.value())));
    }

    @GetMapping("/{id}")
    CellBody get(HttpServletRequest request, @PathVariable String id) {
        QuerySpec.Query query = GET.parse(request);
        boolean resolved = query.bool("resolved-values");
        Long asOf = timeTravel.asOf(query);
        if (asOf != null) {
            long cellId = ResourceIds.parse(id);
            ResourceState then = timeTravel.at(LedgerResourceType.CELL, cellId, asOf, Caller.of(request).readable());
            return CellBody.of(new CellView(cellId, UUID.fromString(then.text("project_id")), then.number("cloud_id"),
                    then.number("region_id"), then.text("name"), then.text("note"),
                    ResourceTimeTravel.time(then.createdAt()), ResourceTimeTravel.time(then.updatedAt())),
                    timeTravel.scopeVariables(LedgerResourceType.CELL, then, asOf, resolved));
        }
        CellView cell = visible(Caller.of(request), ResourceIds.parse(id));
        return CellBody.of(cell, variablesOf(cell, resolved));
    }

    @PutMapping("/{id}")
    ResponseEntity<CellBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long cellId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new UpdateCellCommand(new CellId(cellId), caller.writable(),
                JsonBodies.patch(body, "name"), JsonBodies.patch(body, "note")));
        return WriteResponses.ok(position, CellBody.of(visible(caller, cellId), null));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long cellId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        long position = DELETE.parse(request).bool("cascade")
                ? writes.deleteCascading(request, NodeKind.CELL, cellId)
                : writes.send(request, new DeleteCellCommand(new CellId(cellId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    @GetMapping("/{id}/variables")
    VariablesBody getVariables(HttpServletRequest request, @PathVariable String id) {
        long resourceId = ResourceIds.parse(id);
        return ownVariablesEndpoints.get(request, LedgerResourceType.CELL, OwnerType.CELL, resourceId,
                () -> visible(Caller.of(request), resourceId));
    }

    @PutMapping("/{id}/variables")
    ResponseEntity<VariablesBody> setVariables(HttpServletRequest request, @PathVariable String id) {
        long cellId = ResourceIds.parse(id);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetCellVariablesCommand(new CellId(cellId), scope, values));
    }

    @DeleteMapping("/{id}/variables")
    ResponseEntity<Void> deleteVariables(HttpServletRequest request, @PathVariable String id) {
        long cellId = ResourceIds.parse(id);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteCellVariablesCommand(new CellId(cellId), scope, keys));
    }

    private CellView visible(Caller caller, long cellId) {
        return cells.fetch(cellId, caller.readable()).orElseThrow(ApiException::notFound);
    }

    private VariableMap ownVariables(long cellId) {
        return variables.own(OwnerType.CELL, Long.toString(cellId));
    }

    private VariableMap variablesOf(CellView cell, boolean resolved) {
        return resolved ? variables.resolved(OwnerType.CELL, cell.id()) : ownVariables(cell.id());
    }
}
