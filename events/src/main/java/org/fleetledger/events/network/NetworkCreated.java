package org.fleetledger.events.network;

import org.axonframework.serialization.Revision;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;

import java.util.Map;

/**
 * A network was created in a region, with its first own variables. {@code cellId}, {@code ipBlockType}
 * and {@code nss} may be null.
 *
 * <p>Revision 2 added {@code variables} (ADR 0063): until then its first variables followed its creation
 * as a {@link VariablesSet}. Events stored without a revision read with no variables through
 * {@code CreationVariablesUpcaster}.
 */
@Revision("2")
public record NetworkCreated(NetworkId networkId, ProjectId projectId, CloudId cloudId, RegionId regionId,
                             CellId cellId, String name, String cidr, String gateway, String netmask,
                             String ipBlockType, String nss, Map<String, Object> variables)
        implements NetworkEvent, SetsVariablesOnCreation {

    @Override
    public VariableOwner owner() {
        return new VariableOwner(OwnerType.NETWORK, Long.toString(networkId.value()));
    }
}
