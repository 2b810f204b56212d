package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.List;
import java.util.Map;

/** {@code cellId}, {@code parentId} and {@code note} may be null; {@code labels} and {@code variables} never are. */
public record CreateHostCommand(DeviceId deviceId, ProjectId projectId, CloudId cloudId,
                                RegionId regionId, CellId cellId, DeviceId parentId, String name, String ipAddress,
                                String deviceType, boolean active, String note, List<String> labels,
                                Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.host(deviceId);
    }
}
