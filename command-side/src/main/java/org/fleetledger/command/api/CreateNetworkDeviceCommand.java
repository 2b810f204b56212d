package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

/** {@code cellId}, {@code parentId}, {@code modelName}, {@code osVersion} and {@code vlans} may be null. */
public record CreateNetworkDeviceCommand(DeviceId deviceId, ProjectId projectId,
                                         CloudId cloudId, RegionId regionId, CellId cellId, DeviceId parentId,
                                         String name, String ipAddress, String deviceType, boolean active,
                                         String modelName, String osVersion, String vlans,
                                         Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.networkDevice(deviceId);
    }
}
