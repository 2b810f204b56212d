package org.fleetledger.command.region;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.CreateRegionCommand;
import org.fleetledger.command.api.DeleteRegionCommand;
import org.fleetledger.command.api.DeleteRegionVariablesCommand;
import org.fleetledger.command.api.HasDependantsException;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.SetRegionVariablesCommand;
import org.fleetledger.command.api.UpdateRegionCommand;
import org.fleetledger.command.inventory.InMemoryInventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.region.RegionUpdated;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class RegionTest {

    private static final RegionId ID = new RegionId(11);
    private static final CloudId CLOUD = new CloudId(7);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ProjectId OTHER = ProjectId.random();
    private static final VariableOwner OWNER = new VariableOwner(OwnerType.REGION, "11");
    private static final RegionCreated CREATED = new RegionCreated(ID, PROJECT, CLOUD, "ord", null, Map.of());

    private AggregateTestFixture<Region> fixture;
    private InMemoryUniqueNames names;
    private InMemoryInventoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
        names = new InMemoryUniqueNames();
        directory = new InMemoryInventoryDirectory();
        directory.add(InventoryNode.cloud(CLOUD.value(), PROJECT));
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void createsRegionInACloudOfItsProject() {
        fixture.givenNoPriorActivity()
                .when(new CreateRegionCommand(ID, PROJECT, CLOUD, "ord", null, Map.of("k", 1)))
                .expectEvents(new RegionCreated(ID, PROJECT, CLOUD, "ord", null, Map.of("k", 1)));
    }

    @Test
    void rejectsACloudOfAnotherProject() {
        fixture.givenNoPriorActivity()
                .when(new CreateRegionCommand(ID, OTHER, CLOUD, "ord", null, Map.of()))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'cloud_id': there is no cloud 7 in this project");
    }

    @Test
    void rejectsANameTakenInTheCloud() {
        names.claim(NameRule.REGION_IN_CLOUD, "7", "ord", "region:3");
        fixture.givenNoPriorActivity()
                .when(new CreateRegionCommand(ID, PROJECT, CLOUD, "ord", null, Map.of()))
                .expectException(NameTakenException.class);
    }

    @Test
    void renames() {
        fixture.given(CREATED)
                .when(new UpdateRegionCommand(ID, ProjectScope.only(PROJECT), Patch.of("iad"), Patch.absent()))
                .expectEvents(new RegionUpdated(ID, PROJECT, "iad", null));
    }

    @Test
    void rejectsUpdateFromAnotherProject() {
        fixture.given(CREATED)
                .when(new UpdateRegionCommand(ID, ProjectScope.only(OTHER), Patch.of("iad"), Patch.absent()))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void deletes() {
        fixture.given(CREATED)
                .when(new DeleteRegionCommand(ID, ProjectScope.only(PROJECT)))
                .expectEvents(new RegionDeleted(ID, PROJECT));
    }

    @Test
    void refusesToDeleteARegionWithCells() {
        directory.add(InventoryNode.cell(13, PROJECT, CLOUD.value(), ID.value()));
        directory.add(InventoryNode.cell(14, PROJECT, CLOUD.value(), ID.value()));
        fixture.given(CREATED)
                .when(new DeleteRegionCommand(ID, ProjectScope.only(PROJECT)))
                .expectException(HasDependantsException.class)
                .expectExceptionMessage("The region 11 still has dependants: 2 cells. "
                        + "Delete them first, or delete with ?cascade=true.");
    }

    @Test
    void setsAndDeletesVariables() {
        fixture.given(CREATED)
                .when(new SetRegionVariablesCommand(ID, ProjectScope.only(PROJECT), Map.of("a", "b")))
                .expectEvents(new VariablesSet(OWNER, PROJECT, Map.of("a", "b")));
        fixture.given(CREATED)
                .when(new DeleteRegionVariablesCommand(ID, ProjectScope.only(PROJECT), List.of("a")))
                .expectEvents(new VariablesDeleted(OWNER, PROJECT, List.of("a")));
    }

    @Test
    void rejectsVariablesFromAnotherProject() {
        fixture.given(CREATED)
                .when(new SetRegionVariablesCommand(ID, ProjectScope.only(OTHER), Map.of("a", "b")))
                .expectException(ResourceNotFoundException.class);
        fixture.given(CREATED)
                .when(new DeleteRegionVariablesCommand(ID, ProjectScope.only(OTHER), List.of("a")))
                .expectException(ResourceNotFoundException.class);
    }
}
