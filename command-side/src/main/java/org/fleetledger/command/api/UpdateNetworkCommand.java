package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkId;

public record UpdateNetworkCommand(@TargetAggregateIdentifier NetworkId networkId, ProjectScope scope,
                                   Patch<String> name, Patch<String> cidr, Patch<String> gateway,
                                   Patch<String> netmask, Patch<String> ipBlockType, Patch<String> nss) {
}
