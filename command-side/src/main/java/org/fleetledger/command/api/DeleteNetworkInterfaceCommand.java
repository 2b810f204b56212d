package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkInterfaceId;

public record DeleteNetworkInterfaceCommand(@TargetAggregateIdentifier NetworkInterfaceId interfaceId,
                                            ProjectScope scope) {
}
