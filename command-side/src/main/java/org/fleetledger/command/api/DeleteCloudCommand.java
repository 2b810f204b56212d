package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cloud.CloudId;

public record DeleteCloudCommand(@TargetAggregateIdentifier CloudId cloudId, ProjectScope scope) {
}
