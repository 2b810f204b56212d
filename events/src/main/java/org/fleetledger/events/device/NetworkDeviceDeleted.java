package org.fleetledger.events.device;

import org.fleetledger.events.project.ProjectId;

/** A network device was deleted, and with it its labels and own variables. */
public record NetworkDeviceDeleted(DeviceId deviceId, ProjectId projectId) implements DeviceEvent {
}
