package org.fleetledger.command.cell;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.CreateCellCommand;
import org.fleetledger.command.api.DeleteCellCommand;
import org.fleetledger.command.api.DeleteCellVariablesCommand;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.SetCellVariablesCommand;
import org.fleetledger.command.api.UpdateCellCommand;
import org.fleetledger.command.inventory.InMemoryInventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cell.CellDeleted;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cell.CellUpdated;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class CellTest {

    private static final CellId ID = new CellId(13);
    private static final CloudId CLOUD = new CloudId(7);
    private static final CloudId OTHER_CLOUD = new CloudId(8);
    private static final RegionId REGION = new RegionId(11);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ProjectId OTHER = ProjectId.random();
    private static final VariableOwner OWNER = new VariableOwner(OwnerType.CELL, "13");
    private static final CellCreated CREATED = new CellCreated(ID, PROJECT, CLOUD, REGION, "c1", null, Map.of());

    private AggregateTestFixture<Cell> fixture;
    private InMemoryUniqueNames names;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cell.class);
        names = new InMemoryUniqueNames();
        InMemoryInventoryDirectory directory = new InMemoryInventoryDirectory();
        directory.add(InventoryNode.cloud(CLOUD.value(), PROJECT));
        directory.add(InventoryNode.cloud(OTHER_CLOUD.value(), PROJECT));
        directory.add(InventoryNode.region(REGION.value(), PROJECT, CLOUD.value()));
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void createsCellInARegionOfTheCloud() {
        fixture.givenNoPriorActivity()
                .when(new CreateCellCommand(ID, PROJECT, CLOUD, REGION, "c1", null, Map.of()))
                .expectEvents(CREATED);
    }

    @Test
    void rejectsARegionOfAnotherCloud() {
        fixture.givenNoPriorActivity()
                .when(new CreateCellCommand(ID, PROJECT, OTHER_CLOUD, REGION, "c1", null, Map.of()))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'region_id': region 11 is not in cloud 8");
    }

    @Test
    void rejectsAMissingRegion() {
        fixture.givenNoPriorActivity()
                .when(new CreateCellCommand(ID, PROJECT, CLOUD, new RegionId(99), "c1", null, Map.of()))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'region_id': there is no region 99 in this project");
    }

    @Test
    void rejectsANameTakenInTheRegion() {
        names.claim(NameRule.CELL_IN_REGION, "11", "c1", "cell:2");
        fixture.givenNoPriorActivity()
                .when(new CreateCellCommand(ID, PROJECT, CLOUD, REGION, "c1", null, Map.of()))
                .expectException(NameTakenException.class);
    }

    @Test
    void changesItsNote() {
        fixture.given(CREATED)
                .when(new UpdateCellCommand(ID, ProjectScope.only(PROJECT), Patch.absent(), Patch.of("rack row 3")))
                .expectEvents(new CellUpdated(ID, PROJECT, "c1", "rack row 3"));
    }

    @Test
    void rejectsUpdateFromAnotherProject() {
        fixture.given(CREATED)
                .when(new UpdateCellCommand(ID, ProjectScope.only(OTHER), Patch.of("x"), Patch.absent()))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void deletes() {
        fixture.given(CREATED)
                .when(new DeleteCellCommand(ID, ProjectScope.only(PROJECT)))
                .expectEvents(new CellDeleted(ID, PROJECT));
    }

    @Test
    void rejectsDeleteFromAnotherProject() {
        fixture.given(CREATED)
                .when(new DeleteCellCommand(ID, ProjectScope.only(OTHER)))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void setsAndDeletesVariables() {
        fixture.given(CREATED)
                .when(new SetCellVariablesCommand(ID, ProjectScope.only(PROJECT), Map.of("a", "b")))
                .expectEvents(new VariablesSet(OWNER, PROJECT, Map.of("a", "b")));
        fixture.given(CREATED)
                .when(new DeleteCellVariablesCommand(ID, ProjectScope.only(PROJECT), List.of("a")))
                .expectEvents(new VariablesDeleted(OWNER, PROJECT, List.of("a")));
    }

    @Test
    void rejectsVariablesFromAnotherProject() {
        fixture.given(CREATED)
                .when(new SetCellVariablesCommand(ID, ProjectScope.only(OTHER), Map.of("a", "b")))
                .expectException(ResourceNotFoundException.class);
    }
}
