package org.fleetledger.gateway.cloud;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.CreateCloudCommand;
import org.fleetledger.command.api.DeleteCloudCommand;
import org.fleetledger.command.api.DeleteCloudVariablesCommand;
import org.fleetledger.command.api.SetCloudVariablesCommand;
import org.fleetledger.command.api.UpdateCloudCommand;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
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
import org.fleetledger.query.cloud.CloudQueries;
import org.fleetledger.query.cloud.CloudView;
import org.fleetledger.query.cloud.FetchCloudQuery;
import org.fleetledger.query.cloud.ListCloudsQuery;
import org.fleetledger.query.cloud.LookUpCloudQuery;
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

import static org.fleetledger.gateway.http.BodySchema.Type.NAME;
import static org.fleetledger.gateway.http.BodySchema.Type.NULLABLE_STRING;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/** {@code /v1/clouds}: the Craton v1 cloud endpoints. */
@RestController
@RequestMapping("/v1/clouds")
class CloudController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).optional("note", NULLABLE_STRING).optional("variables", VARIABLES).build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("name", NAME).optional("note", NULLABLE_STRING).build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .string("name").integer("id").string("vars").bool("details", false).paginated().build();
    private static final QuerySpec GET = QuerySpec.builder().string(AsOf.PARAMETER).build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec DELETE = QuerySpec.builder().bool("cascade", null).build();

    private final CloudQueries clouds;
    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final ResourceTimeTravel timeTravel;
    private final IdAllocator ids;
    private final JsonBodies bodies;
    private final OwnVariablesEndpoints ownVariablesEndpoints;

    CloudController(CloudQueries clouds, VariableQueries variables, LedgerWrites writes, IdAllocator ids,
                    JsonBodies bodies, OwnVariablesEndpoints ownVariablesEndpoints,
            ResourceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
        this.ownVariablesEndpoints = ownVariablesEndpoints;
        this.clouds = clouds;
        this.variables = variables;
        this.writes = writes;
        this.ids = ids;
        this.bodies = bodies;
    }

    @GetMapping
    CloudList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        if (query.has("name") || query.has("id")) {
            CloudView found = clouds.lookUp(new LookUpCloudQuery(caller.readable(), query.string("name"),
                    query.integer("id"))).orElseThrow(ApiException::notFound);
            return new CloudList(List.of(CloudBody.of(found)), List.of());
        }
        Page<CloudView> page = clouds.list(new ListCloudsQuery(caller.readable(), VarsFilters.of(query),
                Pagination.request(query)));
        Map<String, VariableMap> variablesById = query.bool("details")
                ? variables.ownOfEach(OwnerType.CLOUD, page.items().stream().map(c -> Long.toString(c.id())).toList())
                : null;
        List<CloudBody> items = page.items().stream()
                .map(cloud -> variablesById == null ? CloudBody.of(cloud)
                        : CloudBody.of(cloud, variablesById.getOrDefault(Long.toString(cloud.id()), VariableMap.EMPTY)))
                .toList();
        return new CloudList(items, Pagination.links(request, query, page, CloudView::id));
    }

    @PostMapping
    ResponseEntity<CloudBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        CloudId id = ids.nextCloudId();
        long position = writes.send(request, new CreateCloudCommand(id, new ProjectId(caller.projectId()),
                body.get("name").stringValue(), JsonBodies.text(body, "note"), bodies.variables(body.get("variables"))));
        CloudView created = visible(caller, id.value());
        return WriteResponses.created(request, "/v1/clouds/" + id.value(), position,
                CloudBody.of(created, ownVariables(id.value())));
    }

    @GetMapping("/{id}")
    CloudBody get(HttpServletRequest request, @PathVariable String id) {
        Long asOf = timeTravel.asOf(GET.parse(request));
        if (asOf != null) {
            long cloudId = ResourceIds.parse(id);
            ResourceState then = timeTravel.at(LedgerResourceType.CLOUD, cloudId, asOf, Caller.of(request).readable());
            return CloudBody.of(new CloudView(cloudId, UUID.fromString(then.text("project_id")), then.text("name"),
                    then.text("note"), ResourceTimeTravel.time(then.createdAt()),
                    ResourceTimeTravel.time(then.updatedAt())), VariableMap.ofValues(then.variables()));
        }
        CloudView cloud = visible(Caller.of(request), ResourceIds.parse(id));
        return CloudBody.of(cloud, ownVariables(cloud.id()));
    }

    @PutMapping("/{id}")
    ResponseEntity<CloudBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long cloudId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new UpdateCloudCommand(new CloudId(cloudId), caller.writable(),
                JsonBodies.patch(body, "name"), JsonBodies.patch(body, "note")));
        return WriteResponses.ok(position, CloudBody.of(visible(caller, cloudId)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long cloudId = ResourceIds.parse(id);
        Permissions.requireInventoryWrite(caller);
        long position = DELETE.parse(request).bool("cascade")
                ? writes.deleteCascading(request, NodeKind.CLOUD, cloudId)
                : writes.send(request, new DeleteCloudCommand(new CloudId(cloudId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    @GetMapping("/{id}/variables")
    VariablesBody getVariables(HttpServletRequest request, @PathVariable String id) {
        long resourceId = ResourceIds.parse(id);
        return ownVariablesEndpoints.get(request, LedgerResourceType.CLOUD, OwnerType.CLOUD, resourceId,
                () -> visible(Caller.of(request), resourceId));
    }

    @PutMapping("/{id}/variables")
    ResponseEntity<VariablesBody> setVariables(HttpServletRequest request, @PathVariable String id) {
        long cloudId = ResourceIds.parse(id);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetCloudVariablesCommand(new CloudId(cloudId), scope, values));
    }

    @DeleteMapping("/{id}/variables")
    ResponseEntity<Void> deleteVariables(HttpServletRequest request, @PathVariable String id) {
        long cloudId = ResourceIds.parse(id);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteCloudVariablesCommand(new CloudId(cloudId), scope, keys));
    }

    private CloudView visible(Caller caller, long cloudId) {
        return clouds.fetch(new FetchCloudQuery(cloudId, caller.readable())).orElseThrow(ApiException::notFound);
    }

    private VariableMap ownVariables(long cloudId) {
        return variables.own(OwnerType.CLOUD, Long.toString(cloudId));
    }
}
