package org.fleetledger.command.region;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.fleetledger.command.api.CreateRegionCommand;
import org.fleetledger.command.api.DeleteRegionCommand;
import org.fleetledger.command.api.DeleteRegionVariablesCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreRegionCommand;
import org.fleetledger.command.api.SetRegionVariablesCommand;
import org.fleetledger.command.api.UpdateRegionCommand;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.command.inventory.InventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.InventoryRules;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.inventory.OwnVariableValues;
import org.fleetledger.command.inventory.OwnVariables;
import org.fleetledger.command.inventory.Restoration;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.region.RegionRestored;
import org.fleetledger.events.region.RegionUpdated;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A region of a cloud; its name is unique within the cloud. */
class Region {

    private static final NameRule NAME_RULE = NameRule.REGION_IN_CLOUD;

    @AggregateIdentifier
    private RegionId regionId;
    private ProjectId projectId;
    private CloudId cloudId;
    private String name;
    private String note;
    private boolean deleted;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    Region() {
        // for event sourcing
    }

    @CommandHandler
    Region(CreateRegionCommand command, UniqueNames names, InventoryDirectory directory) {
        enter(names, directory, command.regionId(), command.projectId(), command.cloudId(), command.name());
        apply(new RegionCreated(command.regionId(), command.projectId(), command.cloudId(), command.name(),
                command.note(), command.variables()));
    }

    @CommandHandler
    void handle(UpdateRegionCommand command, UniqueNames names) {
        requireVisibleTo(command.scope());
        String newName = command.name().orElse(name);
        String newNote = command.note().orElse(note);
        if (newName.equals(name) && Objects.equals(newNote, note)) {
            return; // nothing changes, so nothing is recorded
        }
        names.rename(NAME_RULE, scope(cloudId), name, newName, regionId.toString());
        apply(new RegionUpdated(regionId, projectId, newName, newNote));
    }

    @CommandHandler
    void handle(DeleteRegionCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        InventoryRules.requireNoDependants(directory, NodeKind.REGION, regionId.value());
        names.release(NAME_RULE, scope(cloudId), name);
        directory.remove(NodeKind.REGION, regionId.value());
        apply(new RegionDeleted(regionId, projectId));
    }

    @CommandHandler
    void handle(RestoreRegionCommand command, UniqueNames names, InventoryDirectory directory) {
        RegionRestored state = command.state();
        String what = "region " + regionId.value();
        Restoration.requireRestorable(deleted, projectId, state.projectId(), command.scope(), what);
        Restoration.enter(what, () -> enter(names, directory, regionId, projectId, state.cloudId(),
                state.name()));
        apply(state);
        OwnVariables.set(owner(regionId), projectId, command.variables());
    }

    @CommandHandler
    VariablesAfterWrite handle(SetRegionVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.set(owner(regionId), projectId, command.variables());
        return variables.answer();
    }

    @CommandHandler
    void handle(DeleteRegionVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.delete(owner(regionId), projectId, command.keys());
    }

    @EventSourcingHandler
    void on(RegionCreated event) {
        regionId = event.regionId();
        projectId = event.projectId();
        cloudId = event.cloudId();
        name = event.name();
        note = event.note();
    }

    @EventSourcingHandler
    void on(RegionUpdated event) {
        name = event.name();
        note = event.note();
    }

    @EventSourcingHandler
    void on(RegionDeleted event) {
        deleted = true;
        variables.clear();
    }

    @EventSourcingHandler
    void on(RegionRestored event) {
        on(event.asCreated());
        deleted = false;
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (deleted || !scope.includes(projectId)) {
            throw new ResourceNotFoundException("region " + regionId.value());
        }
    }

    private static String scope(CloudId cloud) {
        return Long.toString(cloud.value());
    }

    private static VariableOwner owner(RegionId id) {
        return new VariableOwner(OwnerType.REGION, Long.toString(id.value()));
    }

    /** The checks and claims of a region entering the inventory, on creation and on restore. */
    private static void enter(UniqueNames names, InventoryDirectory directory, RegionId region, ProjectId project,
                              CloudId cloud, String name) {
        InventoryRules.requireReference(directory, "cloud_id", NodeKind.CLOUD, cloud.value(), project);
        names.claim(NAME_RULE, scope(cloud), name, region.toString());
        directory.add(InventoryNode.region(region.value(), project, cloud.value()));
    }
}
