package org.fleetledger.gateway.user;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.ChangeUserRoleCommand;
import org.fleetledger.command.api.CreateUserCommand;
import org.fleetledger.command.api.DeleteUserCommand;
import org.fleetledger.command.api.RotateUserApiKeyCommand;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.command.user.ApiKeys;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.Role;
import org.fleetledger.events.user.UserId;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.BodySchema;
import org.fleetledger.gateway.http.JsonBodies;
import org.fleetledger.gateway.http.LedgerWrites;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.project.ProjectQueries;
import org.fleetledger.query.user.UserQueries;
import org.fleetledger.query.user.UserView;
import org.springframework.http.HttpStatus;
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
import java.util.Locale;
import java.util.UUID;

import static org.fleetledger.gateway.http.BodySchema.Type.ARRAY;
import static org.fleetledger.gateway.http.BodySchema.Type.BOOLEAN;
import static org.fleetledger.gateway.http.BodySchema.Type.NAME;

/**
 * {@code /v1/users}: admins manage the users of their project, root those of every project. A key is
 * shown once, when it is made; rotation replaces it at once. Root users are root's alone to touch.
 */
@RestController
@RequestMapping("/v1/users")
class UserController {

    private static final List<String> GRANTABLE_ROLES = List.of("admin", "member", "reader");
    private static final BodySchema CREATE = BodySchema.builder()
            .required("username", NAME).required("project_id", NAME).optional("is_admin", BOOLEAN)
            .optional("role", NAME).optional("roles", ARRAY).optional("api_key", NAME).build();
    private static final BodySchema UPDATE = BodySchema.builder()
            .optional("role", NAME).optional("is_admin", BOOLEAN).build();
    private static final QuerySpec LIST = QuerySpec.builder().string("name").integer("id").paginated().build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();

    private final UserQueries users;
    private final ProjectQueries projects;
    private final LedgerWrites writes;
    private final IdAllocator ids;
    private final JsonBodies bodies;

    UserController(UserQueries users, ProjectQueries projects, LedgerWrites writes, IdAllocator ids,
                   JsonBodies bodies) {
        this.users = users;
        this.projects = projects;
        this.writes = writes;
        this.ids = ids;
        this.bodies = bodies;
    }

    @GetMapping
    UserList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        QuerySpec.Query query = LIST.parse(request);
        Page<UserView> page = users.list(caller.readable(), query.string("name"), query.integer("id"),
                Pagination.request(query));
        return new UserList(page.items().stream().map(user -> UserBody.of(user, null)).toList(),
                Pagination.links(request, query, page, UserView::id));
    }

    @PostMapping
    ResponseEntity<UserBody> create(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        JsonNode body = CREATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        UUID project = projectOf(caller, body.get("project_id").stringValue());
        Role role = roleOf(body, Role.MEMBER);
        String key = ApiKeys.generate();
        UserId id = ids.nextUserId();
        long position = writes.send(request, new CreateUserCommand(id, new ProjectId(project),
                body.get("username").stringValue(), role, ApiKeys.hash(key)));
        return WriteResponses.created(request, "/v1/users/" + id.value(), position,
                UserBody.of(visible(caller, id.value()), key));
    }

    @GetMapping("/{id}")
    UserBody get(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        NO_PARAMETERS.parse(request);
        return UserBody.of(visible(caller, ResourceIds.parse(id)), null);
    }

    @PutMapping("/{id}")
    ResponseEntity<UserBody> update(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        UserView user = visible(caller, ResourceIds.parse(id));
        JsonNode body = UPDATE.validate(bodies.read(request));
        NO_PARAMETERS.parse(request);
        requireMayManage(caller, user);
        long position = writes.send(request, new ChangeUserRoleCommand(new UserId(user.id()), caller.writable(),
                roleOf(body, user.role())));
        return WriteResponses.ok(position, UserBody.of(visible(caller, user.id()), null));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        NO_PARAMETERS.parse(request);
        UserView user = visible(caller, ResourceIds.parse(id));
        requireMayManage(caller, user);
        return WriteResponses.noContent(writes.send(request,
                new DeleteUserCommand(new UserId(user.id()), caller.writable())));
    }

    /** A new key for a user: asked by the user itself, an admin of its project, or root. */
    @PostMapping("/{id}/rotate-key")
    ResponseEntity<UserBody> rotateKey(HttpServletRequest request, @PathVariable String id) {
        Caller caller = Caller.of(request);
        long userId = ResourceIds.parse(id);
        NO_PARAMETERS.parse(request);
        if (caller.userId() != userId) {
            Permissions.requireAdmin(caller);
        }
        UserView user = caller.userId() == userId
                ? users.fetch(userId, caller.readable()).orElseThrow(ApiException::notFound)
                : visible(caller, userId);
        if (caller.userId() != userId) {
            requireMayManage(caller, user);
        }
        String key = ApiKeys.generate();
        long position = writes.send(request, new RotateUserApiKeyCommand(new UserId(userId), caller.writable(),
                ApiKeys.hash(key)));
        return WriteResponses.ok(position, UserBody.of(visible(caller, userId), key));
    }

    private UserView visible(Caller caller, long userId) {
        return users.fetch(userId, caller.readable()).orElseThrow(ApiException::notFound);
    }

    /** Root users are root's alone to change or delete. */
    private static void requireMayManage(Caller caller, UserView user) {
        if (user.role() == Role.ROOT && caller.role() != Role.ROOT) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Only root may manage a root user.");
        }
    }

    /** The project a new user goes to: an existing one, and the admin's own unless the caller is root. */
    private UUID projectOf(Caller caller, String text) {
        UUID project;
        try {
            project = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(List.of("'project_id': " + "'" + text + "' is not a valid UUID"));
        }
        if (!projects.fetch(project, caller.readable()).isPresent()) {
            throw ApiException.notFound();
        }
        return project;
    }

    /**
     * {@code role} when sent, else {@code is_admin} (Craton's flag: admin, or not), else the fallback
     * (the current role on an update, member on a create).
     */
    private static Role roleOf(JsonNode body, Role fallback) {
        if (body.has("role")) {
            String role = body.get("role").stringValue().toLowerCase(Locale.ROOT);
            if (!GRANTABLE_ROLES.contains(role)) {
                throw ApiException.validation(List.of("'role': '" + body.get("role").stringValue()
                        + "' is not one of ['admin', 'member', 'reader']"));
            }
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        }
        if (body.has("is_admin")) {
            if (body.get("is_admin").booleanValue()) {
                return Role.ADMIN;
            }
            // "not an admin" takes an admin down to member and leaves a member or reader as they are
            return fallback == Role.ADMIN ? Role.MEMBER : fallback;
        }
        return fallback;
    }
}
