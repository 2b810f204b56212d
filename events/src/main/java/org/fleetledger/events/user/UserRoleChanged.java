package org.fleetledger.events.user;

import org.fleetledger.events.project.ProjectId;

/** A user's role changed (never to or from root: root users come from the bootstrap only). */
public record UserRoleChanged(UserId userId, ProjectId projectId, Role role) implements UserEvent {
}
