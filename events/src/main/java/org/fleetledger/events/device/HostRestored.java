package org.fleetledger.events.device;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

/**
 * A deleted host came back, with the fields it had when it was deleted; its labels and variables
 * follow as their own events. {@code cellId}, {@code parentId} and {@code note} may be null.
 */
public record HostRestored(DeviceId deviceId, ProjectId projectId, CloudId cloudId, RegionId regionId, CellId cellId,
                           DeviceId parentId, String name, String ipAddress, String deviceType, boolean active,
                           String note) implements DeviceEvent {

    /** The host as a read model sees it arrive: as if it were created now with these fields. */
    public HostCreated asCreated() {
        return new HostCreated(deviceId, projectId, cloudId, regionId, cellId, parentId, name, ipAddress, deviceType,
                active, note, Map.of());
    }
}
