package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkId;

import java.util.List;

public record DeleteNetworkVariablesCommand(@TargetAggregateIdentifier NetworkId networkId, ProjectScope scope,
                                            List<String> keys) {
}
