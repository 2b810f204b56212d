package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.network.NetworkInterfaceId;

/** The changeable fields; the address, device, network and VLAN id stay as created. */
public record UpdateNetworkInterfaceCommand(@TargetAggregateIdentifier NetworkInterfaceId interfaceId,
                                            ProjectScope scope, Patch<String> name, Patch<String> interfaceType,
                                            Patch<String> vlan, Patch<Long> port, Patch<String> duplex,
                                            Patch<Long> speed, Patch<String> link, Patch<String> cdp,
                                            Patch<String> security) {
}
