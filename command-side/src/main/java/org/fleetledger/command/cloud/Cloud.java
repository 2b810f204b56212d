package org.fleetledger.command.cloud;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.fleetledger.command.api.CreateCloudCommand;
import org.fleetledger.command.api.DeleteCloudCommand;
import org.fleetledger.command.api.DeleteCloudVariablesCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreCloudCommand;
import org.fleetledger.command.api.SetCloudVariablesCommand;
import org.fleetledger.command.api.UpdateCloudCommand;
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
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.cloud.CloudRestored;
import org.fleetledger.events.cloud.CloudUpdated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A cloud: the top of a project's inventory tree. */
class Cloud {

    private static final NameRule NAME_RULE = NameRule.CLOUD_IN_PROJECT;

    @AggregateIdentifier
    private CloudId cloudId;
    private ProjectId projectId;
    private String name;
    private String note;
    private boolean deleted;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    Cloud() {
        // for event sourcing
    }

    @CommandHandler
    Cloud(CreateCloudCommand command, UniqueNames names, InventoryDirectory directory) {
        enter(names, directory, command.cloudId(), command.projectId(), command.name());
        apply(new CloudCreated(command.cloudId(), command.projectId(), command.name(), command.note(),
                command.variables()));
    }

    @CommandHandler
    void handle(UpdateCloudCommand command, UniqueNames names) {
        requireVisibleTo(command.scope());
        String newName = command.name().orElse(name);
        String newNote = command.note().orElse(note);
        if (newName.equals(name) && Objects.equals(newNote, note)) {
            return; // nothing changes, so nothing is recorded
        }
        names.rename(NAME_RULE, projectId.text(), name, newName, cloudId.toString());
        apply(new CloudUpdated(cloudId, projectId, newName, newNote));
    }

    @CommandHandler
    void handle(DeleteCloudCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        InventoryRules.requireNoDependants(directory, NodeKind.CLOUD, cloudId.value());
        names.release(NAME_RULE, projectId.text(), name);
        directory.remove(NodeKind.CLOUD, cloudId.value());
        apply(new CloudDeleted(cloudId, projectId));
    }

    @CommandHandler
    void handle(RestoreCloudCommand command, UniqueNames names, InventoryDirectory directory) {
        CloudRestored state = command.state();
        String what = "cloud " + cloudId.value();
        Restoration.requireRestorable(deleted, projectId, state.projectId(), command.scope(), what);
        Restoration.enter(what, () -> enter(names, directory, cloudId, projectId, state.name()));
        apply(state);
        OwnVariables.set(owner(cloudId), projectId, command.variables());
    }

    @CommandHandler
    VariablesAfterWrite handle(SetCloudVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.set(owner(cloudId), projectId, command.variables());
        return variables.answer();
    }

    @CommandHandler
    void handle(DeleteCloudVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.delete(owner(cloudId), projectId, command.keys());
    }

    @EventSourcingHandler
    void on(CloudCreated event) {
        cloudId = event.cloudId();
        projectId = event.projectId();
        name = event.name();
        note = event.note();
    }

    @EventSourcingHandler
    void on(CloudUpdated event) {
        name = event.name();
        note = event.note();
    }

    @EventSourcingHandler
    void on(CloudDeleted event) {
        deleted = true;
        variables.clear();
    }

    @EventSourcingHandler
    void on(CloudRestored event) {
        on(event.asCreated());
        deleted = false;
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (deleted || !scope.includes(projectId)) {
            throw new ResourceNotFoundException("cloud " + cloudId.value());
        }
    }

    private static VariableOwner owner(CloudId id) {
        return new VariableOwner(OwnerType.CLOUD, Long.toString(id.value()));
    }

    /** The claims of a cloud entering the inventory, on creation and on restore. */
    private static void enter(UniqueNames names, InventoryDirectory directory, CloudId cloud, ProjectId project,
                              String name) {
        names.claim(NAME_RULE, project.text(), name, cloud.toString());
        directory.add(InventoryNode.cloud(cloud.value(), project));
    }
}
