package org.fleetledger.query.project;

import org.fleetledger.query.progress.AppliedChanges;
import org.springframework.stereotype.Component;

/** The project events the projects read model has taken in on this node, for {@link ChangeNoteRules}. */
@Component
class ProjectChanges extends AppliedChanges {
}
