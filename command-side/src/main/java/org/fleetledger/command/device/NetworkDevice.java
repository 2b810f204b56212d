package org.fleetledger.command.device;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.fleetledger.command.api.AddNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.CreateNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.DeviceAggregateIds;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.RemoveNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreNetworkDeviceCommand;
import org.fleetledger.command.api.SetNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.UpdateNetworkDeviceCommand;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.command.inventory.InventoryDirectory;
import org.fleetledger.command.inventory.InventoryRules;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.inventory.OwnVariableValues;
import org.fleetledger.command.inventory.OwnVariables;
import org.fleetledger.command.inventory.Restoration;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
import org.fleetledger.events.device.NetworkDeviceCreated;
import org.fleetledger.events.device.NetworkDeviceDeleted;
import org.fleetledger.events.device.NetworkDeviceRestored;
import org.fleetledger.events.device.NetworkDeviceUpdated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A network device (switch, router...): a device with a model, an OS version and VLANs. */
class NetworkDevice {

    private static final NameRule NAME_RULE = NameRule.DEVICE_IN_REGION;

    @AggregateIdentifier
    private String aggregateIdentifier;
    private DeviceId deviceId;
    private ProjectId projectId;
    private long regionId;
    private DeviceId parentId;
    private String name;
    private String ipAddress;
    private String deviceType;
    private String modelName;
    private String osVersion;
    private String vlans;
    private final Set<String> labels = new HashSet<>();
    private boolean deleted;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    NetworkDevice() {
        // for event sourcing
    }

    @CommandHandler
    NetworkDevice(CreateNetworkDeviceCommand command, UniqueNames names, InventoryDirectory directory) {
        enter(names, directory, command.deviceId(), command.projectId(), command.cloudId(), command.regionId(),
                command.cellId(), command.parentId(), command.name());
        apply(new NetworkDeviceCreated(command.deviceId(), command.projectId(), command.cloudId(),
                command.regionId(), command.cellId(), command.parentId(), command.name(), command.ipAddress(),
                command.deviceType(), command.active(), command.modelName(), command.osVersion(), command.vlans(),
                command.variables()));
    }

    @CommandHandler
    void handle(UpdateNetworkDeviceCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        String newName = command.name().orElse(name);
        DeviceId newParent = command.parentId().orElse(parentId);
        NetworkDeviceUpdated updated = new NetworkDeviceUpdated(deviceId, projectId, newParent, newName,
                command.ipAddress().orElse(ipAddress), command.deviceType().orElse(deviceType),
                command.modelName().orElse(modelName), command.osVersion().orElse(osVersion),
                command.vlans().orElse(vlans));
        if (updated.equals(new NetworkDeviceUpdated(deviceId, projectId, parentId, name, ipAddress, deviceType,
                modelName, osVersion, vlans))) {
            return; // nothing changes, so nothing is recorded
        }
        if (!Objects.equals(newParent, parentId)) {
            DeviceRules.requireAcceptableParent(directory, deviceId, name, newParent, projectId);
            directory.setParent(NodeKind.NETWORK_DEVICE, deviceId.value(),
                    newParent == null ? null : newParent.value());
        }
        names.rename(NAME_RULE, DeviceRules.nameScope(regionId), name, newName, deviceId.toString());
        apply(updated);
    }

    @CommandHandler
    void handle(DeleteNetworkDeviceCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        InventoryRules.requireNoDependants(directory, NodeKind.NETWORK_DEVICE, deviceId.value());
        names.release(NAME_RULE, DeviceRules.nameScope(regionId), name);
        directory.remove(NodeKind.NETWORK_DEVICE, deviceId.value());
        apply(new NetworkDeviceDeleted(deviceId, projectId));
    }

    @CommandHandler
    void handle(RestoreNetworkDeviceCommand command, UniqueNames names, InventoryDirectory directory) {
        NetworkDeviceRestored state = command.state();
        String what = "network device " + deviceId;
        Restoration.requireRestorable(deleted, projectId, state.projectId(), command.scope(), what);
        Restoration.enter(what, () -> enter(names, directory, deviceId, projectId, state.cloudId(), state.regionId(),
                state.cellId(), state.parentId(), state.name()));
        apply(state);
        List<String> added = DeviceRules.added(Set.of(), command.labels());
        if (!added.isEmpty()) {
            apply(new LabelsAdded(deviceId, projectId, added));
        }
        OwnVariables.set(DeviceRules.owner(deviceId), projectId, command.variables());
    }

    @CommandHandler
    void handle(AddNetworkDeviceLabelsCommand command) {
        requireVisibleTo(command.scope());
        List<String> added = DeviceRules.added(labels, command.labels());
        if (!added.isEmpty()) {
            apply(new LabelsAdded(deviceId, projectId, added));
        }
    }

    @CommandHandler
    void handle(RemoveNetworkDeviceLabelsCommand command) {
        requireVisibleTo(command.scope());
        List<String> removed = DeviceRules.removed(labels, command.labels());
        if (!removed.isEmpty()) {
            apply(new LabelsRemoved(deviceId, projectId, removed));
        }
    }

    @CommandHandler
    VariablesAfterWrite handle(SetNetworkDeviceVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.set(DeviceRules.owner(deviceId), projectId, command.variables());
        return variables.answer();
    }

    @CommandHandler
    void handle(DeleteNetworkDeviceVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.delete(DeviceRules.owner(deviceId), projectId, command.keys());
    }

    @EventSourcingHandler
    void on(NetworkDeviceCreated event) {
        aggregateIdentifier = DeviceAggregateIds.networkDevice(event.deviceId());
        deviceId = event.deviceId();
        projectId = event.projectId();
        regionId = event.regionId().value();
        parentId = event.parentId();
        name = event.name();
        ipAddress = event.ipAddress();
        deviceType = event.deviceType();
        modelName = event.modelName();
        osVersion = event.osVersion();
        vlans = event.vlans();
    }

    @EventSourcingHandler
    void on(NetworkDeviceUpdated event) {
        parentId = event.parentId();
        name = event.name();
        ipAddress = event.ipAddress();
        deviceType = event.deviceType();
        modelName = event.modelName();
        osVersion = event.osVersion();
        vlans = event.vlans();
    }

    @EventSourcingHandler
    void on(LabelsAdded event) {
        labels.addAll(event.labels());
    }

    @EventSourcingHandler
    void on(LabelsRemoved event) {
        event.labels().forEach(labels::remove);
    }

    @EventSourcingHandler
    void on(NetworkDeviceDeleted event) {
        deleted = true;
        labels.clear();
        variables.clear();
    }

    @EventSourcingHandler
    void on(NetworkDeviceRestored event) {
        on(event.asCreated());
        deleted = false;
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (deleted || !scope.includes(projectId)) {
            throw new ResourceNotFoundException("network device " + deviceId);
        }
    }

    /** The checks and claims of a network device entering the inventory, on creation and on restore. */
    private static void enter(UniqueNames names, InventoryDirectory directory, DeviceId device, ProjectId project,
                              CloudId cloud, RegionId region, CellId cell, DeviceId parent, String name) {
        directory.add(DeviceRules.placement(directory, NodeKind.NETWORK_DEVICE, device, project, cloud, region, cell,
                parent));
        names.claim(NAME_RULE, DeviceRules.nameScope(region.value()), name, device.toString());
    }
}
