package org.fleetledger.events.network;

import org.fleetledger.events.project.ProjectId;

/** A network's changeable fields after an update, changed or not. */
public record NetworkUpdated(NetworkId networkId, ProjectId projectId, String name, String cidr, String gateway,
                             String netmask, String ipBlockType, String nss) implements NetworkEvent {
}
