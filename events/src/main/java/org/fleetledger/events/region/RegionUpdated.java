package org.fleetledger.events.region;

import org.fleetledger.events.project.ProjectId;

/** A region's fields after an update: both values as they now are, changed or not. */
public record RegionUpdated(RegionId regionId, ProjectId projectId, String name, String note) implements RegionEvent {
}
