package org.fleetledger.events.network;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

/** A network was created in a region. {@code cellId}, {@code ipBlockType} and {@code nss} may be null. */
public record NetworkCreated(NetworkId networkId, ProjectId projectId, CloudId cloudId, RegionId regionId,
                             CellId cellId, String name, String cidr, String gateway, String netmask,
                             String ipBlockType, String nss) implements NetworkEvent {
}
