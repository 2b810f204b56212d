package org.fleetledger.events.user;

import org.fleetledger.events.project.ProjectId;

/** A user was created in a project, with the hash of its first API key. */
public record UserCreated(UserId userId, ProjectId projectId, String username, Role role, ApiKeyHash apiKeyHash)
        implements UserEvent {
}
