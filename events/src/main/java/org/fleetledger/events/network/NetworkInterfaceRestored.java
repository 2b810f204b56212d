package org.fleetledger.events.network;

import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/**
 * A deleted network interface came back, with the fields it had when it was deleted. The same fields
 * as {@link NetworkInterfaceCreated} may be null.
 */
public record NetworkInterfaceRestored(NetworkInterfaceId interfaceId, ProjectId projectId, DeviceId deviceId,
                                       NetworkId networkId, String name, String interfaceType, String ipAddress,
                                       Long vlanId, Long port, Long speed, String vlan, String duplex, String link,
                                       String cdp, String security) implements NetworkEvent {

    /** The interface as a read model sees it arrive: as if it were created now with these fields. */
    public NetworkInterfaceCreated asCreated() {
        return new NetworkInterfaceCreated(interfaceId, projectId, deviceId, networkId, name, interfaceType,
                ipAddress, vlanId, port, speed, vlan, duplex, link, cdp, security, Map.of());
    }
}
