package org.fleetledger.events.cell;

import org.fleetledger.events.project.ProjectId;

/** Everything that can happen to a cell's own fields. Its variables change through the variables events. */
public sealed interface CellEvent permits CellCreated, CellUpdated, CellDeleted, CellRestored {

    CellId cellId();

    ProjectId projectId();
}
