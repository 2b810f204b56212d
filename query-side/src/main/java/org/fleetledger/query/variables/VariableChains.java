package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.query.cell.CellView;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.region.RegionView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The resolution order of each kind of resource, most specific owner first (facts 5.2). */
public final class VariableChains {

    private VariableChains() {
    }

    /** Region, then its cloud, then its project. */
    public static List<VariableOwner> of(RegionView region) {
        return List.of(owner(OwnerType.REGION, region.id()), owner(OwnerType.CLOUD, region.cloudId()),
                project(region.projectId()));
    }

    /** Cell, then its region, cloud and project. */
    public static List<VariableOwner> of(CellView cell) {
        return List.of(owner(OwnerType.CELL, cell.id()), owner(OwnerType.REGION, cell.regionId()),
                owner(OwnerType.CLOUD, cell.cloudId()), project(cell.projectId()));
    }

    /**
     * Device, its parent chain (nearest first), its labels, its cell if any, region, cloud and project.
     * Of several labels the alphanumerically later one wins, so it comes first in the chain.
     */
    public static List<VariableOwner> of(DeviceView device, List<Long> ancestors, List<String> labels) {
        List<VariableOwner> chain = new ArrayList<>();
        chain.add(owner(OwnerType.DEVICE, device.id()));
        ancestors.forEach(ancestor -> chain.add(owner(OwnerType.DEVICE, ancestor)));
        labels.stream().sorted(Comparator.reverseOrder()).forEach(label -> chain.add(label(device.projectId(), label)));
        if (device.cellId() != null) {
            chain.add(owner(OwnerType.CELL, device.cellId()));
        }
        chain.add(owner(OwnerType.REGION, device.regionId()));
        chain.add(owner(OwnerType.CLOUD, device.cloudId()));
        chain.add(project(device.projectId()));
        return chain;
    }

    private static VariableOwner owner(OwnerType type, long id) {
        return new VariableOwner(type, Long.toString(id));
    }

    /** The owner of a label's variables in a project. */
    public static VariableOwner label(UUID projectId, String label) {
        return new VariableOwner(OwnerType.LABEL, projectId + ":" + label);
    }

    private static VariableOwner project(UUID projectId) {
        return new VariableOwner(OwnerType.PROJECT, projectId.toString());
    }
}
