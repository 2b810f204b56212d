package org.fleetledger.events.cloud;

import org.fleetledger.events.project.ProjectId;

/** Everything that can happen to a cloud's own fields. Its variables change through the variables events. */
public sealed interface CloudEvent permits CloudCreated, CloudUpdated, CloudDeleted, CloudRestored {

    CloudId cloudId();

    ProjectId projectId();
}
