package org.fleetledger.command.device;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.AddHostLabelsCommand;
import org.fleetledger.command.api.CreateHostCommand;
import org.fleetledger.command.api.DeleteHostCommand;
import org.fleetledger.command.api.DeleteHostVariablesCommand;
import org.fleetledger.command.api.HasDependantsException;
import org.fleetledger.command.api.InvalidParentException;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.RemoveHostLabelsCommand;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.SetHostVariablesCommand;
import org.fleetledger.command.api.UpdateHostCommand;
import org.fleetledger.command.inventory.InMemoryInventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.naming.InMemoryUniqueNames;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.HostUpdated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
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

class HostTest {

    private static final DeviceId ID = new DeviceId(21);
    private static final DeviceId SWITCH = new DeviceId(20);
    private static final DeviceId CHILD = new DeviceId(22);
    private static final CloudId CLOUD = new CloudId(7);
    private static final RegionId REGION = new RegionId(11);
    private static final RegionId OTHER_REGION = new RegionId(12);
    private static final CellId CELL = new CellId(13);
    private static final ProjectId PROJECT = ProjectId.random();
    private static final ProjectId OTHER = ProjectId.random();
    private static final ProjectScope SCOPE = ProjectScope.only(PROJECT);
    private static final VariableOwner OWNER = new VariableOwner(OwnerType.DEVICE, "21");
    private static final HostCreated CREATED = new HostCreated(ID, PROJECT, CLOUD, REGION, CELL, null, "h1",
            "10.0.0.5", "server", true, null, Map.of());

    private AggregateTestFixture<Host> fixture;
    private InMemoryUniqueNames names;
    private InMemoryInventoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Host.class);
        names = new InMemoryUniqueNames();
        directory = new InMemoryInventoryDirectory();
        directory.add(InventoryNode.cloud(CLOUD.value(), PROJECT));
        directory.add(InventoryNode.region(REGION.value(), PROJECT, CLOUD.value()));
        directory.add(InventoryNode.region(OTHER_REGION.value(), PROJECT, CLOUD.value()));
        directory.add(InventoryNode.cell(CELL.value(), PROJECT, CLOUD.value(), REGION.value()));
        directory.add(new InventoryNode(NodeKind.NETWORK_DEVICE, SWITCH.value(), PROJECT, CLOUD.value(),
                REGION.value(), null, null));
        directory.add(new InventoryNode(NodeKind.HOST, ID.value(), PROJECT, CLOUD.value(), REGION.value(),
                CELL.value(), null));
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(directory);
    }

    private CreateHostCommand create(DeviceId id, CellId cell, DeviceId parent, List<String> labels) {
        return new CreateHostCommand(id, PROJECT, CLOUD, REGION, cell, parent, "h" + id.value(), "10.0.0.5",
                "server", true, null, labels, Map.of("k", 1));
    }

    @Test
    void createsHostUnderASwitchWithLabelsAndVariables() {
        DeviceId id = new DeviceId(30);
        fixture.givenNoPriorActivity()
                .when(create(id, CELL, SWITCH, List.of("gpu", "gpu", "rack-7")))
                .expectEvents(new HostCreated(id, PROJECT, CLOUD, REGION, CELL, SWITCH, "h30", "10.0.0.5", "server",
                                true, null, Map.of("k", 1)),
                        new LabelsAdded(id, PROJECT, List.of("gpu", "rack-7")));
    }

    @Test
    void rejectsACellOfAnotherRegion() {
        fixture.givenNoPriorActivity()
                .when(new CreateHostCommand(new DeviceId(30), PROJECT, CLOUD, OTHER_REGION, CELL, null, "h", "10.0.0.5",
                        "server", true, null, List.of(), Map.of()))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'cell_id': cell 13 is not in region 12");
    }

    @Test
    void rejectsAParentOfAnotherProject() {
        directory.add(new InventoryNode(NodeKind.HOST, 99, OTHER, 1L, 1L, null, null));
        fixture.givenNoPriorActivity()
                .when(create(new DeviceId(30), null, new DeviceId(99), List.of()))
                .expectException(InvalidReferenceException.class)
                .expectExceptionMessage("'parent_id': there is no device 99 in this project");
    }

    @Test
    void rejectsADeviceNameTakenInTheRegion() {
        names.claim(NameRule.DEVICE_IN_REGION, "11", "h30", "device:20");
        fixture.givenNoPriorActivity()
                .when(create(new DeviceId(30), null, null, List.of()))
                .expectException(NameTakenException.class);
    }

    @Test
    void updatesFieldsAndParent() {
        fixture.given(CREATED)
                .when(new UpdateHostCommand(ID, SCOPE, Patch.of("h1b"), Patch.absent(), Patch.absent(), Patch.of(false),
                        Patch.of("moved"), Patch.of(SWITCH)))
                .expectEvents(new HostUpdated(ID, PROJECT, SWITCH, "h1b", "10.0.0.5", "server", false, "moved"));
    }

    @Test
    void refusesItselfAsParent() {
        fixture.given(CREATED)
                .when(new UpdateHostCommand(ID, SCOPE, Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.of(ID)))
                .expectException(InvalidParentException.class)
                .expectExceptionMessage("A device cannot be its own parent. The id for 'h1' cannot be used as its "
                        + "parent_id.");
    }

    @Test
    void refusesADescendantAsParent() {
        directory.add(new InventoryNode(NodeKind.HOST, CHILD.value(), PROJECT, CLOUD.value(), REGION.value(), null,
                ID.value()));
        fixture.given(CREATED)
                .when(new UpdateHostCommand(ID, SCOPE, Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.of(CHILD)))
                .expectException(InvalidParentException.class)
                .expectExceptionMessage("A device cannot have a descendant as its parent. The parent_id for 'h1' "
                        + "cannot be set to the id '22'.");
    }

    @Test
    void rejectsUpdateFromAnotherProject() {
        fixture.given(CREATED)
                .when(new UpdateHostCommand(ID, ProjectScope.only(OTHER), Patch.of("x"), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent()))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void deletes() {
        fixture.given(CREATED)
                .when(new DeleteHostCommand(ID, SCOPE))
                .expectEvents(new HostDeleted(ID, PROJECT));
    }

    @Test
    void refusesToDeleteAHostWithChildDevices() {
        directory.add(new InventoryNode(NodeKind.HOST, CHILD.value(), PROJECT, CLOUD.value(), REGION.value(), null,
                ID.value()));
        fixture.given(CREATED)
                .when(new DeleteHostCommand(ID, SCOPE))
                .expectException(HasDependantsException.class)
                .expectExceptionMessage("The host 21 still has dependants: 1 host. "
                        + "Delete them first, or delete with ?cascade=true.");
    }

    @Test
    void addsOnlyNewLabelsAndRemovesOnlyCarriedOnes() {
        fixture.given(CREATED, new LabelsAdded(ID, PROJECT, List.of("gpu")))
                .when(new AddHostLabelsCommand(ID, SCOPE, List.of("gpu", "ssd")))
                .expectEvents(new LabelsAdded(ID, PROJECT, List.of("ssd")));
        fixture.given(CREATED, new LabelsAdded(ID, PROJECT, List.of("gpu")))
                .when(new RemoveHostLabelsCommand(ID, SCOPE, List.of("gpu", "never")))
                .expectEvents(new LabelsRemoved(ID, PROJECT, List.of("gpu")));
        fixture.given(CREATED)
                .when(new RemoveHostLabelsCommand(ID, SCOPE, List.of("never")))
                .expectNoEvents();
    }

    @Test
    void rejectsLabelsFromAnotherProject() {
        fixture.given(CREATED)
                .when(new AddHostLabelsCommand(ID, ProjectScope.only(OTHER), List.of("gpu")))
                .expectException(ResourceNotFoundException.class);
    }

    @Test
    void setsAndDeletesVariables() {
        fixture.given(CREATED)
                .when(new SetHostVariablesCommand(ID, SCOPE, Map.of("a", 1)))
                .expectEvents(new VariablesSet(OWNER, PROJECT, Map.of("a", 1)));
        fixture.given(CREATED)
                .when(new DeleteHostVariablesCommand(ID, SCOPE, List.of("a")))
                .expectEvents(new VariablesDeleted(OWNER, PROJECT, List.of("a")));
        fixture.given(CREATED)
                .when(new SetHostVariablesCommand(ID, ProjectScope.only(OTHER), Map.of("a", 1)))
                .expectException(ResourceNotFoundException.class);
    }
}
