package org.fleetledger.command.user;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.CreateUserCommand;
import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RotateUserApiKeyCommand;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.ApiKeyHash;
import org.fleetledger.events.user.Role;
import org.fleetledger.events.user.UserApiKeyRotated;
import org.fleetledger.events.user.UserCreated;
import org.fleetledger.events.user.UserId;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.command.naming.NameRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserTest {

    private static final UserId ID = new UserId(3);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ApiKeyHash FIRST = ApiKeys.hash("first-key");
    private static final ApiKeyHash SECOND = ApiKeys.hash("second-key");

    private AggregateTestFixture<User> fixture;
    private final InMemoryUniqueNames names = new InMemoryUniqueNames();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(names);
    }

    @Test
    void createsUserWithKeyHash() {
        fixture.givenNoPriorActivity()
                .when(new CreateUserCommand(ID, PROJECT, "alice", Role.MEMBER, FIRST))
                .expectEvents(new UserCreated(ID, PROJECT, "alice", Role.MEMBER, FIRST));
    }

    @Test
    void rejectsUsernameTakenInTheProject() {
        names.claim(NameRule.USERNAME_IN_PROJECT, PROJECT.text(), "alice", "user:9");
        fixture.givenNoPriorActivity()
                .when(new CreateUserCommand(ID, PROJECT, "alice", Role.MEMBER, FIRST))
                .expectException(NameTakenException.class);
    }

    @Test
    void rotatesKey() {
        fixture.given(new UserCreated(ID, PROJECT, "alice", Role.MEMBER, FIRST))
                .when(new RotateUserApiKeyCommand(ID, ProjectScope.only(PROJECT), SECOND))
                .expectEvents(new UserApiKeyRotated(ID, PROJECT, SECOND));
    }

    @Test
    void rejectsRotationFromAnotherProject() {
        fixture.given(new UserCreated(ID, PROJECT, "alice", Role.MEMBER, FIRST))
                .when(new RotateUserApiKeyCommand(ID, ProjectScope.only(ProjectId.random()), SECOND))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void matchesOnlyTheKeyBehindAHash() {
        String key = ApiKeys.generate();
        ApiKeyHash hash = ApiKeys.hash(key);
        assertThat(key).matches("[0-9a-f]{32}");
        assertThat(ApiKeys.matches(key, hash)).isTrue();
        assertThat(ApiKeys.matches(key + "x", hash)).isFalse();
        assertThat(ApiKeys.hash(key)).as("salted: two hashes of one key differ").isNotEqualTo(hash);
    }
}
