package org.fleetledger.events.device;

import org.fleetledger.events.project.ProjectId;

/** A host was deleted, and with it its labels and own variables. */
public record HostDeleted(DeviceId deviceId, ProjectId projectId) implements DeviceEvent {
}
