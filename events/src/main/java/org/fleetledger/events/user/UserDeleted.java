package org.fleetledger.events.user;

import org.fleetledger.events.project.ProjectId;

/** A user was deleted; its key stops working at once. Past events keep its name in their metadata. */
public record UserDeleted(UserId userId, ProjectId projectId, String username) implements UserEvent {
}
