package org.fleetledger.events.network;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

/**
 * A deleted network came back, with the fields it had when it was deleted; its variables follow as
 * their own event. {@code cellId}, {@code ipBlockType} and {@code nss} may be null.
 */
public record NetworkRestored(NetworkId networkId, ProjectId projectId, CloudId cloudId, RegionId regionId,
                              CellId cellId, String name, String cidr, String gateway, String netmask,
                              String ipBlockType, String nss) implements NetworkEvent {

    /** The network as a read model sees it arrive: as if it were created now with these fields. */
    public NetworkCreated asCreated() {
        return new NetworkCreated(networkId, projectId, cloudId, regionId, cellId, name, cidr, gateway, netmask,
                ipBlockType, nss, Map.of());
    }
}
