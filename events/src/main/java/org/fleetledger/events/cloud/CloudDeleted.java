package org.fleetledger.events.cloud;

import org.fleetledger.events.project.ProjectId;

/** A cloud was deleted, and with it its own variables. */
public record CloudDeleted(CloudId cloudId, ProjectId projectId) implements CloudEvent {
}
