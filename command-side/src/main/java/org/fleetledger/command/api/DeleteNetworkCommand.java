package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkId;

public record DeleteNetworkCommand(@TargetAggregateIdentifier NetworkId networkId, ProjectScope scope) {
}
