package org.fleetledger.events.cell;

import org.fleetledger.events.project.ProjectId;

/** A cell was deleted, and with it its own variables. */
public record CellDeleted(CellId cellId, ProjectId projectId) implements CellEvent {
}
