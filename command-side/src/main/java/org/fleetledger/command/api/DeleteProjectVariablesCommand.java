package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

import java.util.List;

public record DeleteProjectVariablesCommand(@TargetAggregateIdentifier ProjectId projectId, ProjectScope scope,
                                            List<String> keys) {
}
