package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/** {@code note} may be null; {@code variables} may be empty, never null. */
public record CreateCloudCommand(@TargetAggregateIdentifier CloudId cloudId, ProjectId projectId, String name,
                                 String note, Map<String, Object> variables) {
}
