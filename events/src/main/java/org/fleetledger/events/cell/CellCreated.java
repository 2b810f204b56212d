package org.fleetledger.events.cell;

import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;

/** A cell was created in a region (of that cloud). {@code note} may be null. */
public record CellCreated(CellId cellId, ProjectId projectId, CloudId cloudId, RegionId regionId, String name,
                          String note) implements CellEvent {
}
