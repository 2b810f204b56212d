package org.fleetledger.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.Role;
import org.fleetledger.query.support.ProjectFilter;

import java.util.UUID;

/** The authenticated user behind a request: the only source of the actor recorded on events. */
public record Caller(long userId, String username, UUID projectId, Role role) {

    public static final String ATTRIBUTE = Caller.class.getName();

    public static Caller of(HttpServletRequest request) {
        Caller caller = (Caller) request.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("request passed no AuthenticationFilter");
        }
        return caller;
    }

    /** The projects this caller may read: its own, or all for root. */
    public ProjectFilter readable() {
        return role.crossesProjects() ? ProjectFilter.everyProject(projectId) : ProjectFilter.only(projectId);
    }

    /** The projects this caller's commands may touch. */
    public ProjectScope writable() {
        ProjectId own = new ProjectId(projectId);
        return role.crossesProjects() ? ProjectScope.everyProject(own) : ProjectScope.only(own);
    }
}
