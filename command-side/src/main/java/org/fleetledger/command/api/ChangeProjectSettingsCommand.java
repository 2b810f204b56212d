package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

/** Sets a project's settings: whether every write in it must carry a change note. */
public record ChangeProjectSettingsCommand(@TargetAggregateIdentifier ProjectId projectId, ProjectScope scope,
                                           boolean requireChangeNote) {
}
