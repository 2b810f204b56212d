package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.ApiKeyHash;
import org.fleetledger.events.user.Role;
import org.fleetledger.events.user.UserId;

public record CreateUserCommand(@TargetAggregateIdentifier UserId userId, ProjectId projectId, String username,
                                Role role, ApiKeyHash apiKeyHash) {
}
