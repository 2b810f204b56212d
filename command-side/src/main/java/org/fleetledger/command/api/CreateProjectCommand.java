package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

public record CreateProjectCommand(@TargetAggregateIdentifier ProjectId projectId, String name) {
}
