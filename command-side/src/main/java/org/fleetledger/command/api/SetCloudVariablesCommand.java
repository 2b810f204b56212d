package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cloud.CloudId;

import java.util.Map;

public record SetCloudVariablesCommand(@TargetAggregateIdentifier CloudId cloudId, ProjectScope scope,
                                       Map<String, Object> variables) {
}
