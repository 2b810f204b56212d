package org.fleetledger.events.device;

import org.fleetledger.events.project.ProjectId;

/** A network device's changeable fields after an update, changed or not. */
public record NetworkDeviceUpdated(DeviceId deviceId, ProjectId projectId, DeviceId parentId, String name,
                                   String ipAddress, String deviceType, String modelName, String osVersion,
                                   String vlans) implements DeviceEvent {
}
