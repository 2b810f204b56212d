package org.fleetledger.events.user;

import org.fleetledger.events.project.ProjectId;

/** Everything that can happen to a user. */
public sealed interface UserEvent permits UserCreated, UserApiKeyRotated, UserRoleChanged, UserDeleted {

    UserId userId();

    ProjectId projectId();
}
