package org.fleetledger.command.device;

import org.fleetledger.command.api.InvalidParentException;
import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.command.inventory.InventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.InventoryRules;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules hosts and network devices share: where they may sit, who may be their parent, label sets. */
final class DeviceRules {

    private DeviceRules() {
    }

    /** The device's place in the tree, every reference checked: a region of the cloud, a cell of the region. */
    static InventoryNode placement(InventoryDirectory directory, NodeKind kind, DeviceId device, ProjectId project,
                                   CloudId cloud, RegionId region, CellId cell, DeviceId parent) {
        InventoryRules.requirePlacement(directory, project, cloud.value(), region.value(),
                cell == null ? null : cell.value());
        if (parent != null) {
            requireParentDevice(directory, parent, project);
        }
        return new InventoryNode(kind, device.value(), project, cloud.value(), region.value(),
                cell == null ? null : cell.value(), parent == null ? null : parent.value());
    }

    /** A new parent for an existing device: not itself, not below it, a device of its project. */
    static void requireAcceptableParent(InventoryDirectory directory, DeviceId self, String name, DeviceId parent,
                                        ProjectId project) {
        if (parent == null) {
            return;
        }
        if (parent.equals(self)) {
            throw new InvalidParentException("A device cannot be its own parent. The id for '" + name
                    + "' cannot be used as its parent_id.");
        }
        if (directory.descendantDevices(self.value()).contains(parent.value())) {
            throw new InvalidParentException("A device cannot have a descendant as its parent. The parent_id for '"
                    + name + "' cannot be set to the id '" + parent.value() + "'.");
        }
        requireParentDevice(directory, parent, project);
    }

    private static void requireParentDevice(InventoryDirectory directory, DeviceId parent, ProjectId project) {
        directory.findDevice(parent.value())
                .filter(node -> node.projectId().equals(project))
                .orElseThrow(() -> new InvalidReferenceException("parent_id",
                        "there is no device " + parent.value() + " in this project"));
    }

    /** The requested labels the device does not carry yet, in the order asked, without repeats. */
    static List<String> added(Set<String> current, List<String> requested) {
        Set<String> added = new LinkedHashSet<>(requested);
        added.removeAll(current);
        return List.copyOf(added);
    }

    /** The requested labels the device carries, in the order asked, without repeats. */
    static List<String> removed(Set<String> current, List<String> requested) {
        Set<String> removed = new LinkedHashSet<>(requested);
        removed.retainAll(current);
        return List.copyOf(removed);
    }

    static VariableOwner owner(DeviceId device) {
        return new VariableOwner(OwnerType.DEVICE, Long.toString(device.value()));
    }

    static String nameScope(long regionId) {
        return Long.toString(regionId);
    }
}
