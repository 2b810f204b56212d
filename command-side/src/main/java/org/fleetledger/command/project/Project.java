package org.fleetledger.command.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.fleetledger.command.api.ChangeProjectSettingsCommand;
import org.fleetledger.command.api.CreateProjectCommand;
import org.fleetledger.command.api.DeleteProjectCommand;
import org.fleetledger.command.api.DeleteProjectVariablesCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.SetProjectVariablesCommand;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.command.inventory.InventoryDirectory;
import org.fleetledger.command.inventory.InventoryRules;
import org.fleetledger.command.inventory.OwnVariableValues;
import org.fleetledger.command.inventory.OwnVariables;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.project.ProjectCreated;
import org.fleetledger.events.project.ProjectDeleted;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.project.ProjectSettingsChanged;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** A project: the unit of isolation. Everything else belongs to exactly one. */
class Project {

    @AggregateIdentifier
    private ProjectId projectId;
    private boolean requireChangeNote;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    Project() {
        // for event sourcing
    }

    @CommandHandler
    Project(CreateProjectCommand command) {
        apply(new ProjectCreated(command.projectId(), command.name(), command.requireChangeNote()));
        OwnVariables.set(owner(command.projectId()), command.projectId(), command.variables());
    }

    @CommandHandler
    void handle(DeleteProjectCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        List<String> dependants = new ArrayList<>(InventoryRules.counted(directory.inProject(projectId)));
        int users = names.owners(NameRule.USERNAME_IN_PROJECT, projectId.text()).size();
        if (users > 0) {
            dependants.add(users + (users == 1 ? " user" : " users"));
        }
        InventoryRules.requireNone("The project " + projectId.text(), dependants);
        apply(new ProjectDeleted(projectId));
    }

    /** Records the settings only when they change. */
    @CommandHandler
    void handle(ChangeProjectSettingsCommand command) {
        requireVisibleTo(command.scope());
        if (command.requireChangeNote() != requireChangeNote) {
            apply(new ProjectSettingsChanged(projectId, command.requireChangeNote()));
        }
    }

    @CommandHandler
    VariablesAfterWrite handle(SetProjectVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.set(owner(projectId), projectId, command.variables());
        return variables.answer();
    }

    @CommandHandler
    void handle(DeleteProjectVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.delete(owner(projectId), projectId, command.keys());
    }

    @EventSourcingHandler
    void on(ProjectCreated event) {
        projectId = event.projectId();
        requireChangeNote = event.requireChangeNote();
    }

    @EventSourcingHandler
    void on(ProjectSettingsChanged event) {
        requireChangeNote = event.requireChangeNote();
    }

    @EventSourcingHandler
    void on(ProjectDeleted event) {
        markDeleted();
        variables.clear();
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (!scope.includes(projectId)) {
            throw new ResourceNotFoundException("project " + projectId.text());
        }
    }

    private static VariableOwner owner(ProjectId id) {
        return new VariableOwner(OwnerType.PROJECT, id.text());
    }
}
