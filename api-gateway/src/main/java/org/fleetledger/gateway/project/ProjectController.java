package org.fleetledger.gateway.project;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.ChangeProjectSettingsCommand;
import org.fleetledger.command.api.CreateProjectCommand;
import org.fleetledger.command.api.DeleteProjectCommand;
import org.fleetledger.command.api.DeleteProjectVariablesCommand;
import org.fleetledger.command.api.SetProjectVariablesCommand;
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
import org.fleetledger.gateway.http.ResourceTimeTravel;
import org.fleetledger.gateway.http.VariablesBody;
import org.fleetledger.gateway.http.VarsFilters;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.project.ProjectQueries;
import org.fleetledger.query.project.ProjectView;
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

import static org.fleetledger.gateway.http.BodySchema.Type.NAME;
import static org.fleetledger.gateway.http.BodySchema.Type.VARIABLES;

/**
 * {@code /v1/projects}: listing, creating and deleting projects is root's; a project's own record
 * and variables are open to its admins too. Other projects' ids answer 404.
 */
@RestController
@RequestMapping("/v1/projects")
class ProjectController {

    private static final BodySchema CREATE = BodySchema.builder()
            .required("name", NAME).optional("variables", VARIABLES).build();
    private static final QuerySpec LIST = QuerySpec.builder()
            .string("name").string("vars").bool("details", false).paginatedByUuid().build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec AS_OF = QuerySpec.builder().string(AsOf.PARAMETER).build();
    private static final QuerySpec DELETE = QuerySpec.builder().bool("cascade", null).build();
    private static final BodySchema SETTINGS = BodySchema.builder()
            .required("require_change_note", BodySchema.Type.BOOLEAN).build();

    private final ProjectQueries projects;
    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final ResourceTimeTravel timeTravel;
    private final JsonBodies bodies;
    private final OwnVariablesEndpoints ownVariablesEndpoints;

    ProjectController(ProjectQueries projects, VariableQueries variables, LedgerWrites writes, JsonBodies bodies,
                      OwnVariablesEndpoints ownVariablesEndpoints,
                      ResourceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
        this.projects = projects;
        this.variables = variables;
        this.writes = writes;
        this.bodies = bodies;
        this.ownVariablesEndpoints = ownVariablesEndpoints;
    }

    @GetMapping
    ProjectList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireRoot(caller);
        QuerySpec.Query query = LIST.parse(request);
        Page<ProjectView> page = projects.list(caller.readable(), query.string("name"), VarsFilters.of(query),
                Pagination.request(query));
        // as in Craton, a name query shows no variables even with details
        boolean details = query.bool("details") && !query.has("name");
        List<ProjectBody> items = page.items().stream()
                .map(project -> ProjectBody.of(project, details ? ownVariables(project.id()) : null))
                .toList();
        return new ProjectList(items, Pagination.links(request, query, page, ProjectView::id));
    }

    @PostMapping
    ResponseEntity<ProjectBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireRoot(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        ProjectId id = ProjectId.random();
        long position = writes.send(request, new CreateProjectCommand(id, body.get("name").stringValue(), false,
                bodies.variables(body.get("variables"))));
        ProjectView created = visible(caller, id.value());
        return WriteResponses.created(request, "/v1/projects/" + id.text(), position,
                ProjectBody.of(created, ownVariables(created.id())));
    }

    @GetMapping("/{id}")
    ProjectBody get(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        Long asOf = timeTravel.asOf(AS_OF.parse(request));
        if (asOf != null) {
            ResourceState then = projectAt(caller, parse(id), asOf);
            return ProjectBody.of(new ProjectView(parse(id), then.text("name"),
                    then.fields().containsKey("require_change_note")
                            && then.fields().get("require_change_note").booleanValue(),
                    ResourceTimeTravel.time(then.createdAt()), ResourceTimeTravel.time(then.updatedAt())),
                    VariableMap.ofValues(then.variables()));
        }
        ProjectView project = visible(caller, parse(id));
        return ProjectBody.of(project, ownVariables(project.id()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireRoot(caller);
        UUID projectId = visible(caller, parse(id)).id();
        long position = DELETE.parse(request).bool("cascade")
                ? writes.deleteProjectCascading(request, new ProjectId(projectId))
                : writes.send(request, new DeleteProjectCommand(new ProjectId(projectId), caller.writable()));
        return WriteResponses.noContent(position);
    }

    @GetMapping("/{id}/settings")
    ProjectSettingsBody getSettings(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        NO_PARAMETERS.parse(request);
        return ProjectSettingsBody.of(visible(caller, parse(id)));
    }

    @PutMapping("/{id}/settings")
    ResponseEntity<ProjectSettingsBody> setSettings(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        UUID projectId = visible(caller, parse(id)).id();
        JsonNode body = SETTINGS.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, new ChangeProjectSettingsCommand(new ProjectId(projectId),
                caller.writable(), body.get("require_change_note").booleanValue()));
        return WriteResponses.ok(position, ProjectSettingsBody.of(visible(caller, projectId)));
    }

    @GetMapping("/{id}/variables")
    VariablesBody getVariables(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        Long asOf = timeTravel.asOf(AS_OF.parse(request));
        if (asOf != null) {
            return new VariablesBody(VariableMap.ofValues(projectAt(caller, parse(id), asOf).variables()));
        }
        ProjectView project = visible(caller, parse(id));
        return new VariablesBody(ownVariables(project.id()));
    }

    /** The project as it was at a position, from the log; 404 when it did not exist then or is not the caller's. */
    private ResourceState projectAt(Caller caller, UUID projectId, long position) {
        return timeTravel.find(LedgerResourceType.PROJECT, projectId.toString(), position, caller.readable())
                .orElseThrow(ApiException::notFound);
    }

    @PutMapping("/{id}/variables")
    ResponseEntity<VariablesBody> setVariables(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        UUID projectId = parse(id);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetProjectVariablesCommand(new ProjectId(projectId), scope, values));
    }

    @DeleteMapping("/{id}/variables")
    ResponseEntity<Void> deleteVariables(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        UUID projectId = parse(id);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteProjectVariablesCommand(new ProjectId(projectId), scope, keys));
    }

    private ProjectView visible(Caller caller, UUID projectId) {
        return projects.fetch(projectId, caller.readable()).orElseThrow(ApiException::notFound);
    }

    private VariableMap ownVariables(UUID projectId) {
        return variables.own(OwnerType.PROJECT, projectId.toString());
    }

    /** A project id in a path: a UUID, or the path names nothing. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound();
        }
    }
}
