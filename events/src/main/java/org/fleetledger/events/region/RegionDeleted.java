package org.fleetledger.events.region;

import org.fleetledger.events.project.ProjectId;

/** A region was deleted, and with it its own variables. */
public record RegionDeleted(RegionId regionId, ProjectId projectId) implements RegionEvent {
}
