package org.fleetledger.command.network;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.CreateNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkVariablesCommand;
import org.fleetledger.command.api.HasDependantsException;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.SetNetworkVariablesCommand;
import org.fleetledger.command.api.UpdateNetworkCommand;
import org.fleetledger.command.inventory.InMemoryInventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.network.NetworkCreated;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkUpdated;
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

class NetworkTest {

    private static final NetworkId ID = new NetworkId(31);
    private static final CloudId CLOUD = new CloudId(7);
    private static final RegionId REGION = new RegionId(11);
    private static final RegionId OTHER_REGION = new RegionId(12);
    private static final CellId CELL_OF_OTHER_REGION = new CellId(21);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ProjectId OTHER = ProjectId.random();
    private static final VariableOwner OWNER = new VariableOwner(OwnerType.NETWORK, "31");
    private static final NetworkCreated CREATED = new NetworkCreated(ID, PROJECT, CLOUD, REGION, null, "net-1",
            "10.0.0.0/24", "10.0.0.1", "255.255.255.0", null, null, Map.of());

    private AggregateTestFixture<Network> fixture;
    private InMemoryUniqueNames names;
    private InMemoryInventoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Network.class);
        names = new InMemoryUniqueNames();
        directory = new InMemoryInventoryDirectory();
        directory.add(InventoryNode.cloud(CLOUD.value(), PROJECT));
        directory.add(InventoryNode.region(REGION.value(), PROJECT, CLOUD.value()));
        directory.add(InventoryNode.region(OTHER_REGION.value(), PROJECT, CLOUD.value()));
        directory.add(InventoryNode.cell(CELL_OF_OTHER_REGION.value(), PROJECT, CLOUD.value(), OTHER_REGION.value()));
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(directory);
    }

    private static CreateNetworkCommand create(CellId cell, Map<String, Object> variables) {
        return new CreateNetworkCommand(ID, PROJECT, CLOUD, REGION, cell, "net-1", "10.0.0.0/24", "10.0.0.1",
                "255.255.255.0", null, null, variables);
    }

    @Test
    void createsANetworkWithItsVariables() {
        fixture.givenNoPriorActivity()
                .when(create(null, Map.of("mtu", 9000)))
                .expectEvents(new NetworkCreated(ID, PROJECT, CLOUD, REGION, null, "net-1", "10.0.0.0/24", "10.0.0.1",
                        "255.255.255.0", null, null, Map.of("mtu", 9000)));
    }

    @Test
    void rejectsACellOfAnotherRegion() {
        fixture.givenNoPriorActivity()
                .when(create(CELL_OF_OTHER_REGION, Map.of()))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'cell_id': cell 21 is not in region 11");
    }

    @Test
    void rejectsANameTakenInTheRegion() {
        names.claim(NameRule.NETWORK_IN_REGION, "11", "net-1", "network:2");
        fixture.givenNoPriorActivity()
                .when(create(null, Map.of()))
                .expectException(NameTakenException.class);
    }

    @Test
    void changesItsAddresses() {
        fixture.given(CREATED)
                .when(new UpdateNetworkCommand(ID, ProjectScope.only(PROJECT), Patch.absent(), Patch.of("10.1.0.0/16"),
                        Patch.of("10.1.0.1"), Patch.of("255.255.0.0"), Patch.of("private"), Patch.absent()))
                .expectEvents(new NetworkUpdated(ID, PROJECT, "net-1", "10.1.0.0/16", "10.1.0.1", "255.255.0.0",
                        "private", null));
    }

    @Test
    void recordsNothingWhenNothingChanges() {
        fixture.given(CREATED)
                .when(new UpdateNetworkCommand(ID, ProjectScope.only(PROJECT), Patch.of("net-1"), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent()))
                .expectNoEvents();
    }

    @Test
    void rejectsUpdateFromAnotherProject() {
        fixture.given(CREATED)
                .when(new UpdateNetworkCommand(ID, ProjectScope.only(OTHER), Patch.of("x"), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent()))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void deletes() {
        names.claim(NameRule.NETWORK_IN_REGION, "11", "net-1", ID.toString());
        fixture.given(CREATED)
                .when(new DeleteNetworkCommand(ID, ProjectScope.only(PROJECT)))
                .expectEvents(new NetworkDeleted(ID, PROJECT));
    }

    @Test
    void refusesDeleteWhileInterfacesUseIt() {
        directory.add(new InventoryNode(NodeKind.NETWORK_INTERFACE, 41, PROJECT, CLOUD.value(), REGION.value(),
                null, 5L, ID.value()));
        fixture.given(CREATED)
                .when(new DeleteNetworkCommand(ID, ProjectScope.only(PROJECT)))
                .expectException(HasDependantsException.class)
                .expectExceptionMessage("The network 31 still has dependants: 1 network interface. "
                        + "Delete them first, or delete with ?cascade=true.");
    }

    @Test
    void setsAndDeletesVariables() {
        fixture.given(CREATED)
                .when(new SetNetworkVariablesCommand(ID, ProjectScope.only(PROJECT), Map.of("a", "b")))
                .expectEvents(new VariablesSet(OWNER, PROJECT, Map.of("a", "b")));
        fixture.given(CREATED)
                .when(new DeleteNetworkVariablesCommand(ID, ProjectScope.only(PROJECT), List.of("a")))
                .expectEvents(new VariablesDeleted(OWNER, PROJECT, List.of("a")));
    }

    @Test
    void rejectsVariablesFromAnotherProject() {
        fixture.given(CREATED)
                .when(new SetNetworkVariablesCommand(ID, ProjectScope.only(OTHER), Map.of("a", "b")))
                .expectException(ResourceNotFoundException.class);
    }
}
