package org.fleetledger.events.device;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

/**
 * A deleted network device came back, with the fields it had when it was deleted; its labels and
 * variables follow as their own events. The same fields as {@link NetworkDeviceCreated} may be null.
 */
public record NetworkDeviceRestored(DeviceId deviceId, ProjectId projectId, CloudId cloudId, RegionId regionId,
                                    CellId cellId, DeviceId parentId, String name, String ipAddress,
                                    String deviceType, boolean active, String modelName, String osVersion,
                                    String vlans) implements DeviceEvent {

    /** The device as a read model sees it arrive: as if it were created now with these fields. */
    public NetworkDeviceCreated asCreated() {
        return new NetworkDeviceCreated(deviceId, projectId, cloudId, regionId, cellId, parentId, name, ipAddress,
                deviceType, active, modelName, osVersion, vlans, Map.of());
    }
}
