package org.fleetledger.command.cloud;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.CreateCloudCommand;
import org.fleetledger.command.api.DeleteCloudCommand;
import org.fleetledger.command.api.DeleteCloudVariablesCommand;
import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreCloudCommand;
import org.fleetledger.command.api.RestoreConflictException;
import org.fleetledger.command.api.SetCloudVariablesCommand;
import org.fleetledger.command.api.UpdateCloudCommand;
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.cloud.CloudRestored;
import org.fleetledger.events.cloud.CloudUpdated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.command.api.HasDependantsException;
import org.fleetledger.command.inventory.InMemoryInventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.command.naming.NameRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudTest {

    private static final CloudId ID = new CloudId(7);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ProjectId OTHER_PROJECT = ProjectId.random();
    private static final VariableOwner OWNER = new VariableOwner(OwnerType.CLOUD, "7");

    private AggregateTestFixture<Cloud> fixture;
    private InMemoryUniqueNames names;
    private InMemoryInventoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cloud.class);
        names = new InMemoryUniqueNames();
        directory = new InMemoryInventoryDirectory();
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void createsCloudWithItsVariables() {
        fixture.givenNoPriorActivity()
                .when(new CreateCloudCommand(ID, PROJECT, "east", null, Map.of("k", "v")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CloudCreated(ID, PROJECT, "east", null, Map.of("k", "v")));
    }

    @Test
    void createsCloudWithNoVariablesWhenNoneAreGiven() {
        fixture.givenNoPriorActivity()
                .when(new CreateCloudCommand(ID, PROJECT, "east", "n", Map.of()))
                .expectEvents(new CloudCreated(ID, PROJECT, "east", "n", Map.of()));
    }

    @Test
    void rejectsNameAlreadyTakenInTheProject() {
        names.claim(NameRule.CLOUD_IN_PROJECT, PROJECT.text(), "east", "cloud:1");
        fixture.givenNoPriorActivity()
                .when(new CreateCloudCommand(ID, PROJECT, "east", null, Map.of()))
                .expectException(NameTakenException.class)
                .expectNoEvents();
    }

    @Test
    void renamesAndChangesNote() {
        names.claim(NameRule.CLOUD_IN_PROJECT, PROJECT.text(), "east", ID.toString());
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new UpdateCloudCommand(ID, ProjectScope.only(PROJECT), Patch.of("west"), Patch.of("moved")))
                .expectEvents(new CloudUpdated(ID, PROJECT, "west", "moved"));
    }

    @Test
    void recordsNothingWhenAnUpdateChangesNothing() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", "n", Map.of()))
                .when(new UpdateCloudCommand(ID, ProjectScope.only(PROJECT), Patch.of("east"), Patch.absent()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsRenameToANameAnotherCloudHolds() {
        names.claim(NameRule.CLOUD_IN_PROJECT, PROJECT.text(), "west", "cloud:1");
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new UpdateCloudCommand(ID, ProjectScope.only(PROJECT), Patch.of("west"), Patch.absent()))
                .expectException(NameTakenException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsUpdateFromAnotherProject() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new UpdateCloudCommand(ID, ProjectScope.only(OTHER_PROJECT), Patch.of("x"), Patch.absent()))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void letsRootUpdateAcrossProjects() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new UpdateCloudCommand(ID, ProjectScope.everyProject(OTHER_PROJECT), Patch.absent(),
                        Patch.of("by root")))
                .expectEvents(new CloudUpdated(ID, PROJECT, "east", "by root"));
    }

    @Test
    void deletesCloudAndFreesItsName() {
        names.claim(NameRule.CLOUD_IN_PROJECT, PROJECT.text(), "east", ID.toString());
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new DeleteCloudCommand(ID, ProjectScope.only(PROJECT)))
                .expectEvents(new CloudDeleted(ID, PROJECT));
        names.claim(NameRule.CLOUD_IN_PROJECT, PROJECT.text(), "east", "cloud:8"); // the name is free again
    }

    @Test
    void aDeletedCloudTakesNoMoreChanges() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()), new CloudDeleted(ID, PROJECT))
                .when(new UpdateCloudCommand(ID, ProjectScope.only(PROJECT), Patch.of("west"), Patch.absent()))
                .expectException(ResourceNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void restoresADeletedCloudWithItsVariablesAndClaimsItsNameAgain() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()), new CloudDeleted(ID, PROJECT))
                .when(new RestoreCloudCommand(new CloudRestored(ID, PROJECT, "east", "n"), ProjectScope.only(PROJECT),
                        Map.of("k", "v")))
                .expectEvents(new CloudRestored(ID, PROJECT, "east", "n"), new VariablesSet(OWNER, PROJECT,
                        Map.of("k", "v")));
        assertThat(directory.find(NodeKind.CLOUD, ID.value())).isPresent();
        assertThatThrownBy(() -> names.claim(NameRule.CLOUD_IN_PROJECT, PROJECT.text(), "east", "cloud:8"))
                .isInstanceOf(NameTakenException.class);
    }

    @Test
    void restoresOnlyWhatIsDeletedFreeAndVisible() {
        RestoreCloudCommand restore = new RestoreCloudCommand(new CloudRestored(ID, PROJECT, "east", null),
                ProjectScope.only(PROJECT), Map.of());
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(restore)
                .expectException(RestoreConflictException.class);
        names.claim(NameRule.CLOUD_IN_PROJECT, PROJECT.text(), "east", "cloud:8");
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()), new CloudDeleted(ID, PROJECT))
                .when(restore)
                .expectException(RestoreConflictException.class)
                .expectExceptionMessage("cloud 7 cannot be restored: A cloud with the given name already exists.");
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()), new CloudDeleted(ID, PROJECT))
                .when(new RestoreCloudCommand(new CloudRestored(ID, PROJECT, "east", null),
                        ProjectScope.only(OTHER_PROJECT), Map.of()))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void refusesToDeleteACloudThatStillHasRegions() {
        directory.add(InventoryNode.region(11, PROJECT, ID.value()));
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new DeleteCloudCommand(ID, ProjectScope.only(PROJECT)))
                .expectException(HasDependantsException.class)
                .expectExceptionMessage("The cloud 7 still has dependants: 1 region. "
                        + "Delete them first, or delete with ?cascade=true.")
                .expectNoEvents();
    }

    @Test
    void rejectsDeleteFromAnotherProject() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new DeleteCloudCommand(ID, ProjectScope.only(OTHER_PROJECT)))
                .expectException(ResourceNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void setsVariables() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new SetCloudVariablesCommand(ID, ProjectScope.only(PROJECT), Map.of("a", 1)))
                .expectEvents(new VariablesSet(OWNER, PROJECT, Map.of("a", 1)));
    }

    @Test
    void rejectsVariablesOfACloudInAnotherProject() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new SetCloudVariablesCommand(ID, ProjectScope.only(OTHER_PROJECT), Map.of("a", 1)))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void deletesVariableKeys() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new DeleteCloudVariablesCommand(ID, ProjectScope.only(PROJECT), List.of("a")))
                .expectEvents(new VariablesDeleted(OWNER, PROJECT, List.of("a")));
    }

    @Test
    void rejectsVariableDeletionInAnotherProject() {
        fixture.given(new CloudCreated(ID, PROJECT, "east", null, Map.of()))
                .when(new DeleteCloudVariablesCommand(ID, ProjectScope.only(OTHER_PROJECT), List.of("a")))
                .expectException(ResourceNotFoundException.class);
    }
}
