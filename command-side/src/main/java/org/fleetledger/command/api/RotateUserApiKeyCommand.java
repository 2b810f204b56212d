package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.user.ApiKeyHash;
import org.fleetledger.events.user.UserId;

public record RotateUserApiKeyCommand(@TargetAggregateIdentifier UserId userId, ProjectScope scope,
                                      ApiKeyHash apiKeyHash) {
}
