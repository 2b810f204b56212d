package org.fleetledger.events.device;

import org.fleetledger.events.project.ProjectId;

/** A host's changeable fields after an update, changed or not. {@code parentId} and {@code note} may be null. */
public record HostUpdated(DeviceId deviceId, ProjectId projectId, DeviceId parentId, String name, String ipAddress,
                          String deviceType, boolean active, String note) implements DeviceEvent {
}
