package org.fleetledger.events.cloud;

import org.fleetledger.events.project.ProjectId;

/** A cloud was created. {@code note} may be null. */
public record CloudCreated(CloudId cloudId, ProjectId projectId, String name, String note) implements CloudEvent {
}
