package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

public record SetProjectVariablesCommand(@TargetAggregateIdentifier ProjectId projectId, ProjectScope scope,
                                         Map<String, Object> variables) {
}
