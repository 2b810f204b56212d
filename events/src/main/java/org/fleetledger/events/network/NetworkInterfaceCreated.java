package org.fleetledger.events.network;

import org.axonframework.serialization.Revision;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;

import java.util.Map;

/**
 * An interface was added to a device, optionally on a network, with its first own variables. Every
 * field but the first six and the last may be null.
 *
 * <p>Revision 2 added {@code variables} (ADR 0063): until then its first variables followed its creation
 * as a {@link VariablesSet}. Events stored without a revision read with no variables through
 * {@code CreationVariablesUpcaster}.
 */
@Revision("2")
public record NetworkInterfaceCreated(NetworkInterfaceId interfaceId, ProjectId projectId, DeviceId deviceId,
                                      NetworkId networkId, String name, String interfaceType, String ipAddress,
                                      Long vlanId, Long port, Long speed, String vlan, String duplex, String link,
                                      String cdp, String security, Map<String, Object> variables)
        implements NetworkEvent, SetsVariablesOnCreation {

    @Override
    public VariableOwner owner() {
        return new VariableOwner(OwnerType.NETWORK_INTERFACE, Long.toString(interfaceId.value()));
    }
}
