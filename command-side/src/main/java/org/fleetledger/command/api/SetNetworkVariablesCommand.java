package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkId;

import java.util.Map;

public record SetNetworkVariablesCommand(@TargetAggregateIdentifier NetworkId networkId, ProjectScope scope,
                                         Map<String, Object> variables) {
}
