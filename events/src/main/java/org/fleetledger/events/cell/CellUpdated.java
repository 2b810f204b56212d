package org.fleetledger.events.cell;

import org.fleetledger.events.project.ProjectId;

/** A cell's fields after an update: both values as they now are, changed or not. */
public record CellUpdated(CellId cellId, ProjectId projectId, String name, String note) implements CellEvent {
}
