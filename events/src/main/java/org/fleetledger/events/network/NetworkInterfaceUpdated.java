package org.fleetledger.events.network;

import org.fleetledger.events.project.ProjectId;

/** An interface's changeable fields after an update, changed or not. */
public record NetworkInterfaceUpdated(NetworkInterfaceId interfaceId, ProjectId projectId, String name,
                                      String interfaceType, String vlan, Long port, String duplex, Long speed,
                                      String link, String cdp, String security) implements NetworkEvent {
}
