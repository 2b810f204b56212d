package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/** {@code variables} may be empty, never null. */
public record CreateProjectCommand(@TargetAggregateIdentifier ProjectId projectId, String name,
                                   Map<String, Object> variables) {
}
