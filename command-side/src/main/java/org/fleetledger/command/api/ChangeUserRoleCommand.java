package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.user.Role;
import org.fleetledger.events.user.UserId;

public record ChangeUserRoleCommand(@TargetAggregateIdentifier UserId userId, ProjectScope scope, Role role) {
}
