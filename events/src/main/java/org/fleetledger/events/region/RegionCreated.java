package org.fleetledger.events.region;

import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;

/** A region was created in a cloud. {@code note} may be null. */
public record RegionCreated(RegionId regionId, ProjectId projectId, CloudId cloudId, String name, String note)
        implements RegionEvent {
}
