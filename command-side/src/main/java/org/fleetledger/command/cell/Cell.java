package org.fleetledger.command.cell;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.fleetledger.command.api.CreateCellCommand;
import org.fleetledger.command.api.DeleteCellCommand;
import org.fleetledger.command.api.DeleteCellVariablesCommand;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreCellCommand;
import org.fleetledger.command.api.SetCellVariablesCommand;
import org.fleetledger.command.api.UpdateCellCommand;
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
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cell.CellDeleted;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cell.CellRestored;
import org.fleetledger.events.cell.CellUpdated;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A cell of a region; its name is unique within the region. */
class Cell {

    private static final NameRule NAME_RULE = NameRule.CELL_IN_REGION;

    @AggregateIdentifier
    private CellId cellId;
    private ProjectId projectId;
    private RegionId regionId;
    private String name;
    private String note;
    private boolean deleted;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    Cell() {
        // for event sourcing
    }

    @CommandHandler
    Cell(CreateCellCommand command, UniqueNames names, InventoryDirectory directory) {
        enter(names, directory, command.cellId(), command.projectId(), command.cloudId(), command.regionId(),
                command.name());
        apply(new CellCreated(command.cellId(), command.projectId(), command.cloudId(), command.regionId(),
                command.name(), command.note(), command.variables()));
    }

    @CommandHandler
    void handle(UpdateCellCommand command, UniqueNames names) {
        requireVisibleTo(command.scope());
        String newName = command.name().orElse(name);
        String newNote = command.note().orElse(note);
        if (newName.equals(name) && Objects.equals(newNote, note)) {
            return; // nothing changes, so nothing is recorded
        }
        names.rename(NAME_RULE, scope(regionId), name, newName, cellId.toString());
        apply(new CellUpdated(cellId, projectId, newName, newNote));
    }

    @CommandHandler
    void handle(DeleteCellCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        InventoryRules.requireNoDependants(directory, NodeKind.CELL, cellId.value());
        names.release(NAME_RULE, scope(regionId), name);
        directory.remove(NodeKind.CELL, cellId.value());
        apply(new CellDeleted(cellId, projectId));
    }

    @CommandHandler
    void handle(RestoreCellCommand command, UniqueNames names, InventoryDirectory directory) {
        CellRestored state = command.state();
        String what = "cell " + cellId.value();
        Restoration.requireRestorable(deleted, projectId, state.projectId(), command.scope(), what);
        Restoration.enter(what, () -> enter(names, directory, cellId, projectId, state.cloudId(),
                state.regionId(), state.name()));
        apply(state);
        OwnVariables.set(owner(cellId), projectId, command.variables());
    }

    @CommandHandler
    VariablesAfterWrite handle(SetCellVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.set(owner(cellId), projectId, command.variables());
        return variables.answer();
    }

    @CommandHandler
    void handle(DeleteCellVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.delete(owner(cellId), projectId, command.keys());
    }

    @EventSourcingHandler
    void on(CellCreated event) {
        cellId = event.cellId();
        projectId = event.projectId();
        regionId = event.regionId();
        name = event.name();
        note = event.note();
    }

    @EventSourcingHandler
    void on(CellUpdated event) {
        name = event.name();
        note = event.note();
    }

    @EventSourcingHandler
    void on(CellDeleted event) {
        deleted = true;
        variables.clear();
    }

    @EventSourcingHandler
    void on(CellRestored event) {
        on(event.asCreated());
        deleted = false;
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (deleted || !scope.includes(projectId)) {
            throw new ResourceNotFoundException("cell " + cellId.value());
        }
    }

    private static String scope(RegionId region) {
        return Long.toString(region.value());
    }

    private static VariableOwner owner(CellId id) {
        return new VariableOwner(OwnerType.CELL, Long.toString(id.value()));
    }

    /** The checks and claims of a cell entering the inventory, on creation and on restore. */
    private static void enter(UniqueNames names, InventoryDirectory directory, CellId cell, ProjectId project,
                              CloudId cloud, RegionId region, String name) {
        InventoryRules.requireReference(directory, "cloud_id", NodeKind.CLOUD, cloud.value(), project);
        InventoryNode regionNode = InventoryRules.requireReference(directory, "region_id", NodeKind.REGION,
                region.value(), project);
        if (regionNode.cloudId() != cloud.value()) {
            throw new InvalidReferenceException("region_id", "region " + region.value() + " is not in cloud "
                    + cloud.value());
        }
        names.claim(NAME_RULE, scope(region), name, cell.toString());
        directory.add(InventoryNode.cell(cell.value(), project, cloud.value(), region.value()));
    }
}
