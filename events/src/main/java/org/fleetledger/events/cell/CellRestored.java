package org.fleetledger.events.cell;

import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

import java.util.Map;

/**
 * A deleted cell came back, with the fields it had when it was deleted; its variables follow as their
 * own event. {@code note} may be null.
 */
public record CellRestored(CellId cellId, ProjectId projectId, CloudId cloudId, RegionId regionId, String name,
                           String note) implements CellEvent {

    /** The cell as a read model sees it arrive: as if it were created now with these fields. */
    public CellCreated asCreated() {
        return new CellCreated(cellId, projectId, cloudId, regionId, name, note, Map.of());
    }
}
