package org.fleetledger.events.device;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

/** A host was created. {@code cellId}, {@code parentId} and {@code note} may be null. */
public record HostCreated(DeviceId deviceId, ProjectId projectId, CloudId cloudId, RegionId regionId, CellId cellId,
                          DeviceId parentId, String name, String ipAddress, String deviceType, boolean active,
                          String note) implements DeviceEvent {
}
