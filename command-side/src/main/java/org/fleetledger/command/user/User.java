package org.fleetledger.command.user;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.fleetledger.command.api.CreateUserCommand;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RotateUserApiKeyCommand;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.UserApiKeyRotated;
import org.fleetledger.events.user.UserCreated;
import org.fleetledger.events.user.UserId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A user of one project, holding one API key at a time. */
class User {

    @AggregateIdentifier
    private UserId userId;
    private ProjectId projectId;

    User() {
        // for event sourcing
    }

    @CommandHandler
    User(CreateUserCommand command, UniqueNames names) {
        names.claim(NameRule.USERNAME_IN_PROJECT, command.projectId().text(), command.username(),
                command.userId().toString());
        apply(new UserCreated(command.userId(), command.projectId(), command.username(), command.role(),
                command.apiKeyHash()));
    }

    @CommandHandler
    void handle(RotateUserApiKeyCommand command) {
        if (!command.scope().includes(projectId)) {
            throw new ResourceNotFoundException("user " + userId.value());
        }
        apply(new UserApiKeyRotated(userId, projectId, command.apiKeyHash()));
    }

    @EventSourcingHandler
    void on(UserCreated event) {
        userId = event.userId();
        projectId = event.projectId();
    }
}
