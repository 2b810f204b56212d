package org.fleetledger.events.device;

import org.fleetledger.events.project.ProjectId;

import java.util.List;

/** Labels a device did not carry yet were added to its set; only the new ones are listed. */
public record LabelsAdded(DeviceId deviceId, ProjectId projectId, List<String> labels) implements DeviceEvent {
}
