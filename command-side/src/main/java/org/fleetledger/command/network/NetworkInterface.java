package org.fleetledger.command.network;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.fleetledger.command.api.CreateNetworkInterfaceCommand;
import org.fleetledger.command.api.DeleteNetworkInterfaceCommand;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreNetworkInterfaceCommand;
import org.fleetledger.command.api.UpdateNetworkInterfaceCommand;
import org.fleetledger.command.inventory.InventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.InventoryRules;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.inventory.OwnVariables;
import org.fleetledger.command.inventory.Restoration;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceCreated;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.network.NetworkInterfaceRestored;
import org.fleetledger.events.network.NetworkInterfaceUpdated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An interface of a device (host or network device), optionally on a network of the device's region;
 * its name is unique on the device. Its address, device, network and VLAN id are fixed at creation.
 */
class NetworkInterface {

    private static final NameRule NAME_RULE = NameRule.INTERFACE_ON_DEVICE;

    @AggregateIdentifier
    private NetworkInterfaceId interfaceId;
    private ProjectId projectId;
    private DeviceId deviceId;
    private NetworkInterfaceUpdated fields;
    private boolean deleted;

    NetworkInterface() {
        // for event sourcing
    }

    @CommandHandler
    NetworkInterface(CreateNetworkInterfaceCommand command, UniqueNames names, InventoryDirectory directory) {
        enter(names, directory, command.interfaceId(), command.projectId(), command.deviceId(), command.networkId(),
                command.name());
        apply(new NetworkInterfaceCreated(command.interfaceId(), command.projectId(), command.deviceId(),
                command.networkId(), command.name(), command.interfaceType(), command.ipAddress(),
                command.vlanId(), command.port(), command.speed(), command.vlan(), command.duplex(), command.link(),
                command.cdp(), command.security(), command.variables()));
    }

    @CommandHandler
    void handle(UpdateNetworkInterfaceCommand command, UniqueNames names) {
        requireVisibleTo(command.scope());
        NetworkInterfaceUpdated updated = new NetworkInterfaceUpdated(interfaceId, projectId,
                command.name().orElse(fields.name()), command.interfaceType().orElse(fields.interfaceType()),
                command.vlan().orElse(fields.vlan()), command.port().orElse(fields.port()),
                command.duplex().orElse(fields.duplex()), command.speed().orElse(fields.speed()),
                command.link().orElse(fields.link()), command.cdp().orElse(fields.cdp()),
                command.security().orElse(fields.security()));
        if (updated.equals(fields)) {
            return; // nothing changes, so nothing is recorded
        }
        names.rename(NAME_RULE, scope(deviceId), fields.name(), updated.name(), interfaceId.toString());
        apply(updated);
    }

    @CommandHandler
    void handle(DeleteNetworkInterfaceCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        names.release(NAME_RULE, scope(deviceId), fields.name());
        directory.remove(NodeKind.NETWORK_INTERFACE, interfaceId.value());
        apply(new NetworkInterfaceDeleted(interfaceId, projectId));
    }

    @CommandHandler
    void handle(RestoreNetworkInterfaceCommand command, UniqueNames names, InventoryDirectory directory) {
        NetworkInterfaceRestored state = command.state();
        String what = "network interface " + interfaceId.value();
        Restoration.requireRestorable(deleted, projectId, state.projectId(), command.scope(), what);
        Restoration.enter(what, () -> enter(names, directory, interfaceId, projectId, state.deviceId(),
                state.networkId(), state.name()));
        apply(state);
        OwnVariables.set(owner(interfaceId), projectId, command.variables());
    }

    @EventSourcingHandler
    void on(NetworkInterfaceCreated event) {
        interfaceId = event.interfaceId();
        projectId = event.projectId();
        deviceId = event.deviceId();
        fields = new NetworkInterfaceUpdated(interfaceId, projectId, event.name(), event.interfaceType(),
                event.vlan(), event.port(), event.duplex(), event.speed(), event.link(), event.cdp(),
                event.security());
    }

    @EventSourcingHandler
    void on(NetworkInterfaceUpdated event) {
        fields = event;
    }

    @EventSourcingHandler
    void on(NetworkInterfaceDeleted event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(NetworkInterfaceRestored event) {
        on(event.asCreated());
        deleted = false;
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (deleted || !scope.includes(projectId)) {
            throw new ResourceNotFoundException("network interface " + interfaceId.value());
        }
    }

    private static String scope(DeviceId device) {
        return Long.toString(device.value());
    }

    private static VariableOwner owner(NetworkInterfaceId id) {
        return new VariableOwner(OwnerType.NETWORK_INTERFACE, Long.toString(id.value()));
    }

    /** The checks and claims of an interface entering the inventory, on creation and on restore. */
    private static void enter(UniqueNames names, InventoryDirectory directory, NetworkInterfaceId id,
                              ProjectId project, DeviceId deviceId, NetworkId networkId, String name) {
        InventoryNode device = directory.findDevice(deviceId.value())
                .filter(node -> node.projectId().equals(project))
                .orElseThrow(() -> new InvalidReferenceException("device_id",
                        "there is no device " + deviceId.value() + " in this project"));
        Long network = null;
        if (networkId != null) {
            network = networkId.value();
            InventoryNode networkNode = InventoryRules.requireReference(directory, "network_id", NodeKind.NETWORK,
                    network, project);
            if (!networkNode.regionId().equals(device.regionId())) {
                throw new InvalidReferenceException("network_id", "network " + network
                        + " is not in the region of device " + device.id());
            }
        }
        names.claim(NAME_RULE, scope(deviceId), name, id.toString());
        directory.add(new InventoryNode(NodeKind.NETWORK_INTERFACE, id.value(), project, device.cloudId(),
                device.regionId(), device.cellId(), device.id(), network));
    }
}
