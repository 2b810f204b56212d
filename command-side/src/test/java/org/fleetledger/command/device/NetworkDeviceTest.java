package org.fleetledger.command.device;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.AddNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.CreateNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.HasDependantsException;
import org.fleetledger.command.api.InvalidParentException;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.RemoveNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.SetNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.UpdateNetworkDeviceCommand;
import org.fleetledger.command.inventory.InMemoryInventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
import org.fleetledger.events.device.NetworkDeviceCreated;
import org.fleetledger.events.device.NetworkDeviceDeleted;
import org.fleetledger.events.device.NetworkDeviceUpdated;
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

class NetworkDeviceTest {

    private static final DeviceId ID = new DeviceId(20);
    private static final CloudId CLOUD = new CloudId(7);
    private static final CloudId OTHER_CLOUD = new CloudId(8);
    private static final RegionId REGION = new RegionId(11);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ProjectScope SCOPE = ProjectScope.only(PROJECT);
    private static final ProjectScope OTHER = ProjectScope.only(ProjectId.random());
    private static final VariableOwner OWNER = new VariableOwner(OwnerType.DEVICE, "20");
    private static final NetworkDeviceCreated CREATED = new NetworkDeviceCreated(ID, PROJECT, CLOUD, REGION, null,
            null, "sw", "10.0.0.1", "switch", true, "m", null, null, Map.of());

    private AggregateTestFixture<NetworkDevice> fixture;
    private InMemoryInventoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NetworkDevice.class);
        directory = new InMemoryInventoryDirectory();
        directory.add(InventoryNode.cloud(CLOUD.value(), PROJECT));
        directory.add(InventoryNode.cloud(OTHER_CLOUD.value(), PROJECT));
        directory.add(InventoryNode.region(REGION.value(), PROJECT, CLOUD.value()));
        directory.add(new InventoryNode(NodeKind.NETWORK_DEVICE, ID.value(), PROJECT, CLOUD.value(), REGION.value(),
                null, null));
        fixture.registerInjectableResource(new InMemoryUniqueNames());
        fixture.registerInjectableResource(directory);
    }

    @Test
    void createsANetworkDevice() {
        DeviceId id = new DeviceId(30);
        fixture.givenNoPriorActivity()
                .when(new CreateNetworkDeviceCommand(id, PROJECT, CLOUD, REGION, null, null, "sw2", "10.0.0.2",
                        "switch", true, "m", "9", "[1]", Map.of("vlan", 7)))
                .expectEvents(new NetworkDeviceCreated(id, PROJECT, CLOUD, REGION, null, null, "sw2", "10.0.0.2",
                        "switch", true, "m", "9", "[1]", Map.of("vlan", 7)));
    }

    @Test
    void rejectsARegionOfAnotherCloud() {
        fixture.givenNoPriorActivity()
                .when(new CreateNetworkDeviceCommand(new DeviceId(30), PROJECT, OTHER_CLOUD, REGION, null, null, "x",
                        "10.0.0.2", "switch", true, null, null, null, Map.of()))
                .expectException(InvalidReferenceException.class);
    }

    @Test
    void updatesItsModelAndVersion() {
        fixture.given(CREATED)
                .when(new UpdateNetworkDeviceCommand(ID, SCOPE, Patch.absent(), Patch.absent(), Patch.absent(),
                        Patch.of("m2"), Patch.of("10"), Patch.absent(), Patch.absent()))
                .expectEvents(new NetworkDeviceUpdated(ID, PROJECT, null, "sw", "10.0.0.1", "switch", "m2", "10", null));
    }

    @Test
    void refusesItselfAsParent() {
        fixture.given(CREATED)
                .when(new UpdateNetworkDeviceCommand(ID, SCOPE, Patch.absent(), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(ID)))
                .expectException(InvalidParentException.class);
    }

    @Test
    void deletes() {
        fixture.given(CREATED)
                .when(new DeleteNetworkDeviceCommand(ID, SCOPE))
                .expectEvents(new NetworkDeviceDeleted(ID, PROJECT));
    }

    @Test
    void refusesToDeleteADeviceWithChildren() {
        directory.add(new InventoryNode(NodeKind.HOST, 21, PROJECT, CLOUD.value(), REGION.value(), null, ID.value()));
        fixture.given(CREATED)
                .when(new DeleteNetworkDeviceCommand(ID, SCOPE))
                .expectException(HasDependantsException.class);
    }

    @Test
    void changesLabelsAndVariables() {
        fixture.given(CREATED)
                .when(new AddNetworkDeviceLabelsCommand(ID, SCOPE, List.of("core")))
                .expectEvents(new LabelsAdded(ID, PROJECT, List.of("core")));
        fixture.given(CREATED, new LabelsAdded(ID, PROJECT, List.of("core")))
                .when(new RemoveNetworkDeviceLabelsCommand(ID, SCOPE, List.of("core")))
                .expectEvents(new LabelsRemoved(ID, PROJECT, List.of("core")));
        fixture.given(CREATED)
                .when(new SetNetworkDeviceVariablesCommand(ID, SCOPE, Map.of("a", 1)))
                .expectEvents(new VariablesSet(OWNER, PROJECT, Map.of("a", 1)));
        fixture.given(CREATED)
                .when(new DeleteNetworkDeviceVariablesCommand(ID, SCOPE, List.of("a")))
                .expectEvents(new VariablesDeleted(OWNER, PROJECT, List.of("a")));
    }

    @Test
    void hidesItselfFromAnotherProject() {
        fixture.given(CREATED)
                .when(new UpdateNetworkDeviceCommand(ID, OTHER, Patch.of("x"), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent()))
                .expectException(ResourceNotFoundException.class);
        fixture.given(CREATED)
                .when(new AddNetworkDeviceLabelsCommand(ID, OTHER, List.of("core")))
                .expectException(ResourceNotFoundException.class);
        fixture.given(CREATED)
                .when(new DeleteNetworkDeviceCommand(ID, OTHER))
                .expectException(ResourceNotFoundException.class);
    }
}
