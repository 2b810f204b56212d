package org.fleetledger.command.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.fleetledger.command.api.CreateProjectCommand;
import org.fleetledger.events.project.ProjectCreated;
import org.fleetledger.events.project.ProjectId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A project: the unit of isolation. Everything else belongs to exactly one. */
class Project {

    @AggregateIdentifier
    private ProjectId projectId;

    Project() {
        // for event sourcing
    }

    @CommandHandler
    Project(CreateProjectCommand command) {
        apply(new ProjectCreated(command.projectId(), command.name()));
    }

    @EventSourcingHandler
    void on(ProjectCreated event) {
        projectId = event.projectId();
    }
}
