package org.fleetledger.command.device;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.fleetledger.command.api.AddHostLabelsCommand;
import org.fleetledger.command.api.CreateHostCommand;
import org.fleetledger.command.api.DeleteHostCommand;
import org.fleetledger.command.api.DeleteHostVariablesCommand;
import org.fleetledger.command.api.DeviceAfterCreate;
import org.fleetledger.command.api.DeviceAggregateIds;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.RemoveHostLabelsCommand;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreHostCommand;
import org.fleetledger.command.api.SetHostVariablesCommand;
import org.fleetledger.command.api.UpdateHostCommand;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.command.inventory.InventoryDirectory;
import org.fleetledger.command.inventory.InventoryRules;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.inventory.OwnVariableValues;
import org.fleetledger.command.inventory.OwnVariables;
import org.fleetledger.command.inventory.Restoration;
import org.fleetledger.command.ledger.EventTime;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.HostRestored;
import org.fleetledger.events.device.HostUpdated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A host: a device that can carry labels, hang under another device and have devices under it. */
class Host {

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
    private boolean active;
    private String note;
    private final Set<String> labels = new HashSet<>();
    private boolean deleted;
    private Instant createdAt;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    Host() {
        // for event sourcing
    }

    /**
     * Creates the host; a handler on a new instance rather than a constructor, so that it can answer the
     * host as created (ADR 0048).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    DeviceAfterCreate handle(CreateHostCommand command, UniqueNames names, InventoryDirectory directory) {
        enter(names, directory, command.deviceId(), command.projectId(), command.cloudId(), command.regionId(),
                command.cellId(), command.parentId(), command.name());
        // the host's first variables travel in its creation event (ADR 0062)
        apply(new HostCreated(command.deviceId(), command.projectId(), command.cloudId(), command.regionId(),
                command.cellId(), command.parentId(), command.name(), command.ipAddress(), command.deviceType(),
                command.active(), command.note(), command.variables()));
        List<String> added = DeviceRules.added(Set.of(), command.labels());
        if (!added.isEmpty()) {
            apply(new LabelsAdded(command.deviceId(), command.projectId(), added));
        }
        return new DeviceAfterCreate(createdAt, variables.answer());
    }

    @CommandHandler
    void handle(UpdateHostCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        String newName = command.name().orElse(name);
        DeviceId newParent = command.parentId().orElse(parentId);
        HostUpdated updated = new HostUpdated(deviceId, projectId, newParent, newName,
                command.ipAddress().orElse(ipAddress), command.deviceType().orElse(deviceType),
                command.active().orElse(active), command.note().orElse(note));
        if (updated.equals(new HostUpdated(deviceId, projectId, parentId, name, ipAddress, deviceType, active, note))) {
            return; // nothing changes, so nothing is recorded
        }
        if (!Objects.equals(newParent, parentId)) {
            DeviceRules.requireAcceptableParent(directory, deviceId, name, newParent, projectId);
            directory.setParent(NodeKind.HOST, deviceId.value(), newParent == null ? null : newParent.value());
        }
        names.rename(NAME_RULE, DeviceRules.nameScope(regionId), name, newName, deviceId.toString());
        apply(updated);
    }

    @CommandHandler
    void handle(DeleteHostCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        InventoryRules.requireNoDependants(directory, NodeKind.HOST, deviceId.value());
        names.release(NAME_RULE, DeviceRules.nameScope(regionId), name);
        directory.remove(NodeKind.HOST, deviceId.value());
        apply(new HostDeleted(deviceId, projectId));
    }

    @CommandHandler
    void handle(RestoreHostCommand command, UniqueNames names, InventoryDirectory directory) {
        HostRestored state = command.state();
        String what = "host " + deviceId;
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
    void handle(AddHostLabelsCommand command) {
        requireVisibleTo(command.scope());
        List<String> added = DeviceRules.added(labels, command.labels());
        if (!added.isEmpty()) {
            apply(new LabelsAdded(deviceId, projectId, added));
        }
    }

    @CommandHandler
    void handle(RemoveHostLabelsCommand command) {
        requireVisibleTo(command.scope());
        List<String> removed = DeviceRules.removed(labels, command.labels());
        if (!removed.isEmpty()) {
            apply(new LabelsRemoved(deviceId, projectId, removed));
        }
    }

    @CommandHandler
    VariablesAfterWrite handle(SetHostVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.set(DeviceRules.owner(deviceId), projectId, command.variables());
        return variables.answer();
    }

    @CommandHandler
    void handle(DeleteHostVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.delete(DeviceRules.owner(deviceId), projectId, command.keys());
    }

    @EventSourcingHandler
    void on(HostCreated event, @Timestamp Instant at) {
        createdAt = EventTime.asStored(at);
        aggregateIdentifier = DeviceAggregateIds.host(event.deviceId());
        deviceId = event.deviceId();
        projectId = event.projectId();
        regionId = event.regionId().value();
        parentId = event.parentId();
        name = event.name();
        ipAddress = event.ipAddress();
        deviceType = event.deviceType();
        active = event.active();
        note = event.note();
    }

    @EventSourcingHandler
    void on(HostUpdated event) {
        parentId = event.parentId();
        name = event.name();
        ipAddress = event.ipAddress();
        deviceType = event.deviceType();
        active = event.active();
        note = event.note();
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
    void on(HostDeleted event) {
        deleted = true;
        labels.clear();
        variables.clear();
    }

    @EventSourcingHandler
    void on(HostRestored event, @Timestamp Instant at) {
        on(event.asCreated(), at);
        deleted = false;
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (deleted || !scope.includes(projectId)) {
            throw new ResourceNotFoundException("host " + deviceId);
        }
    }

    /** The checks and claims of a host entering the inventory, on creation and on restore. */
    private static void enter(UniqueNames names, InventoryDirectory directory, DeviceId device, ProjectId project,
                              CloudId cloud, RegionId region, CellId cell, DeviceId parent, String name) {
        directory.add(DeviceRules.placement(directory, NodeKind.HOST, device, project, cloud, region, cell,
                parent));
        names.claim(NAME_RULE, DeviceRules.nameScope(region.value()), name, device.toString());
    }
}
