package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

/** {@code cellId}, {@code ipBlockType} and {@code nss} may be null; {@code variables} never is. */
public record CreateNetworkCommand(@TargetAggregateIdentifier NetworkId networkId, ProjectId projectId,
                                   CloudId cloudId, RegionId regionId, CellId cellId, String name, String cidr,
                                   String gateway, String netmask, String ipBlockType, String nss,
                                   Map<String, Object> variables) {
}
