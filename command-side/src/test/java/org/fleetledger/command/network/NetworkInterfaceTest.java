package org.fleetledger.command.network;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.CreateNetworkInterfaceCommand;
import org.fleetledger.command.api.DeleteNetworkInterfaceCommand;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.UpdateNetworkInterfaceCommand;
import org.fleetledger.command.inventory.InMemoryInventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceCreated;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.network.NetworkInterfaceUpdated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkInterfaceTest {

    private static final NetworkInterfaceId ID = new NetworkInterfaceId(41);
    private static final DeviceId DEVICE = new DeviceId(5);
    private static final DeviceId DEVICE_OF_OTHER_PROJECT = new DeviceId(6);
    private static final NetworkId NETWORK = new NetworkId(31);
    private static final NetworkId NETWORK_OF_OTHER_REGION = new NetworkId(32);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ProjectId OTHER = ProjectId.random();
    private static final NetworkInterfaceCreated CREATED = new NetworkInterfaceCreated(ID, PROJECT, DEVICE, NETWORK,
            "eth0", "ethernet", "10.0.0.5", 100L, 1L, 1000L, null, "full", null, null, null, Map.of("mac", "aa:bb"));

    private AggregateTestFixture<NetworkInterface> fixture;
    private InMemoryUniqueNames names;
    private InMemoryInventoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NetworkInterface.class);
        names = new InMemoryUniqueNames();
        directory = new InMemoryInventoryDirectory();
        directory.add(new InventoryNode(NodeKind.HOST, DEVICE.value(), PROJECT, 7L, 11L, null, null));
        directory.add(new InventoryNode(NodeKind.HOST, DEVICE_OF_OTHER_PROJECT.value(), OTHER, 8L, 12L, null, null));
        directory.add(new InventoryNode(NodeKind.NETWORK, NETWORK.value(), PROJECT, 7L, 11L, null, null));
        directory.add(new InventoryNode(NodeKind.NETWORK, NETWORK_OF_OTHER_REGION.value(), PROJECT, 7L, 13L, null,
                null));
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(directory);
    }

    private static CreateNetworkInterfaceCommand create(DeviceId device, NetworkId network) {
        return new CreateNetworkInterfaceCommand(ID, PROJECT, device, network, "eth0", "ethernet", "10.0.0.5", 100L,
                1L, 1000L, null, "full", null, null, null, Map.of("mac", "aa:bb"));
    }

    @Test
    void createsAnInterfaceOnADeviceAndANetwork() {
        fixture.givenNoPriorActivity()
                .when(create(DEVICE, NETWORK))
                .expectEvents(CREATED);
        assertThat(directory.find(NodeKind.NETWORK_INTERFACE, ID.value())).get()
                .extracting(InventoryNode::parentId, InventoryNode::networkId, InventoryNode::regionId)
                .containsExactly(DEVICE.value(), NETWORK.value(), 11L);
    }

    @Test
    void rejectsADeviceOfAnotherProject() {
        fixture.givenNoPriorActivity()
                .when(create(DEVICE_OF_OTHER_PROJECT, null))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'device_id': there is no device 6 in this project");
    }

    @Test
    void rejectsANetworkOfAnotherRegion() {
        fixture.givenNoPriorActivity()
                .when(create(DEVICE, NETWORK_OF_OTHER_REGION))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'network_id': network 32 is not in the region of device 5");
    }

    @Test
    void rejectsANameTakenOnTheDevice() {
        names.claim(NameRule.INTERFACE_ON_DEVICE, "5", "eth0", "network-interface:40");
        fixture.givenNoPriorActivity()
                .when(create(DEVICE, null))
                .expectException(NameTakenException.class);
    }

    @Test
    void changesItsLinkFields() {
        fixture.given(CREATED)
                .when(new UpdateNetworkInterfaceCommand(ID, ProjectScope.only(PROJECT), Patch.absent(), Patch.absent(),
                        Patch.of("7"), Patch.absent(), Patch.absent(), Patch.of(10000L), Patch.of("up"),
                        Patch.absent(), Patch.absent()))
                .expectEvents(new NetworkInterfaceUpdated(ID, PROJECT, "eth0", "ethernet", "7", 1L, "full", 10000L,
                        "up", null, null));
    }

    @Test
    void rejectsUpdateFromAnotherProject() {
        fixture.given(CREATED)
                .when(new UpdateNetworkInterfaceCommand(ID, ProjectScope.only(OTHER), Patch.of("eth9"), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.absent()))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void deletes() {
        names.claim(NameRule.INTERFACE_ON_DEVICE, "5", "eth0", ID.toString());
        fixture.given(CREATED)
                .when(new DeleteNetworkInterfaceCommand(ID, ProjectScope.only(PROJECT)))
                .expectEvents(new NetworkInterfaceDeleted(ID, PROJECT));
    }

    @Test
    void rejectsDeleteFromAnotherProject() {
        fixture.given(CREATED)
                .when(new DeleteNetworkInterfaceCommand(ID, ProjectScope.only(OTHER)))
                .expectException(ResourceNotFoundException.class);
    }
}
