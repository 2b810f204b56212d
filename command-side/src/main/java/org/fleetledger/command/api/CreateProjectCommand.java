package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/** {@code variables} may be empty, never null. {@code requireChangeNote}: every write in the project needs a note. */
public record CreateProjectCommand(@TargetAggregateIdentifier ProjectId projectId, String name,
                                   boolean requireChangeNote, Map<String, Object> variables) {
}
