package org.fleetledger.events.user;

import org.fleetledger.events.project.ProjectId;

/** A user's API key was replaced; the previous key stops working at once. */
public record UserApiKeyRotated(UserId userId, ProjectId projectId, ApiKeyHash apiKeyHash) implements UserEvent {
}
