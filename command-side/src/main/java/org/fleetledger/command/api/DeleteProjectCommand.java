package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

public record DeleteProjectCommand(@TargetAggregateIdentifier ProjectId projectId, ProjectScope scope) {
}
