package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.user.UserId;

public record DeleteUserCommand(@TargetAggregateIdentifier UserId userId, ProjectScope scope) {
}
