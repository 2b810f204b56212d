package org.fleetledger.events.device;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

/**
 * A network device was created. {@code cellId}, {@code parentId}, {@code modelName}, {@code osVersion} and
 * {@code vlans} may be null.
 */
public record NetworkDeviceCreated(DeviceId deviceId, ProjectId projectId, CloudId cloudId, RegionId regionId,
                                   CellId cellId, DeviceId parentId, String name, String ipAddress,
                                   String deviceType, boolean active, String modelName, String osVersion,
                                   String vlans) implements DeviceEvent {
}
