package org.fleetledger.events.region;

import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/**
 * A deleted region came back, with the fields it had when it was deleted; its variables follow as
 * their own event. {@code note} may be null.
 */
public record RegionRestored(RegionId regionId, ProjectId projectId, CloudId cloudId, String name, String note)
        implements RegionEvent {

    /** The region as a read model sees it arrive: as if it were created now with these fields. */
    public RegionCreated asCreated() {
        return new RegionCreated(regionId, projectId, cloudId, name, note, Map.of());
    }
}
