package org.fleetledger.events.cloud;

import org.fleetledger.events.project.ProjectId;

/** A cloud's fields after an update: both values as they now are, changed or not. */
public record CloudUpdated(CloudId cloudId, ProjectId projectId, String name, String note) implements CloudEvent {
}
