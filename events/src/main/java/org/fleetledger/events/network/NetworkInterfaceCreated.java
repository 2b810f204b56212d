package org.fleetledger.events.network;

import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;

/** An interface was added to a device, optionally on a network. Every field but the first six may be null. */
public record NetworkInterfaceCreated(NetworkInterfaceId interfaceId, ProjectId projectId, DeviceId deviceId,
                                      NetworkId networkId, String name, String interfaceType, String ipAddress,
                                      Long vlanId, Long port, Long speed, String vlan, String duplex, String link,
                                      String cdp, String security) implements NetworkEvent {
}
