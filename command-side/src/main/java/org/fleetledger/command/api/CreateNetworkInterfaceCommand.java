package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/** Every field after {@code ipAddress} may be null, and {@code networkId} too; {@code variables} never is. */
public record CreateNetworkInterfaceCommand(@TargetAggregateIdentifier NetworkInterfaceId interfaceId,
                                            ProjectId projectId, DeviceId deviceId, NetworkId networkId,
                                            String name, String interfaceType, String ipAddress, Long vlanId,
                                            Long port, Long speed, String vlan, String duplex, String link,
                                            String cdp, String security, Map<String, Object> variables) {
}
