package org.fleetledger.events.device;

import org.fleetledger.events.project.ProjectId;

import java.util.List;

/** Labels were removed from a device's set; only those it carried are listed. */
public record LabelsRemoved(DeviceId deviceId, ProjectId projectId, List<String> labels) implements DeviceEvent {
}
