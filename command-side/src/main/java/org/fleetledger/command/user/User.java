package org.fleetledger.command.user;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.fleetledger.command.api.ChangeUserRoleCommand;
import org.fleetledger.command.api.CreateUserCommand;
import org.fleetledger.command.api.DeleteUserCommand;
import org.fleetledger.command.api.ForbiddenException;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RotateUserApiKeyCommand;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.Role;
import org.fleetledger.events.user.UserApiKeyRotated;
import org.fleetledger.events.user.UserCreated;
import org.fleetledger.events.user.UserDeleted;
import org.fleetledger.events.user.UserId;
import org.fleetledger.events.user.UserRoleChanged;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** A user of one project, holding one API key and one role at a time. */
class User {

    @AggregateIdentifier
    private UserId userId;
    private ProjectId projectId;
    private String username;
    private Role role;

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
        requireVisibleTo(command.scope());
        apply(new UserApiKeyRotated(userId, projectId, command.apiKeyHash()));
    }

    @CommandHandler
    void handle(ChangeUserRoleCommand command) {
        requireVisibleTo(command.scope());
        if (role == Role.ROOT || command.role() == Role.ROOT) {
            throw new ForbiddenException("The root role is given by the bootstrap only; it cannot be granted or "
                    + "taken through the API.");
        }
        if (command.role() != role) {
            apply(new UserRoleChanged(userId, projectId, command.role()));
        }
    }

    @CommandHandler
    void handle(DeleteUserCommand command, UniqueNames names) {
        requireVisibleTo(command.scope());
        names.release(NameRule.USERNAME_IN_PROJECT, projectId.text(), username);
        apply(new UserDeleted(userId, projectId, username));
    }

    @EventSourcingHandler
    void on(UserCreated event) {
        userId = event.userId();
        projectId = event.projectId();
        username = event.username();
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserRoleChanged event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserDeleted event) {
        markDeleted();
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (!scope.includes(projectId)) {
            throw new ResourceNotFoundException("user " + userId.value());
        }
    }
}
