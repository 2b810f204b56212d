package org.fleetledger.events.region;

import org.fleetledger.events.project.ProjectId;

/** Everything that can happen to a region's own fields. Its variables change through the variables events. */
public sealed interface RegionEvent permits RegionCreated, RegionUpdated, RegionDeleted, RegionRestored {

    RegionId regionId();

    ProjectId projectId();
}
