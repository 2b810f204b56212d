package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cloud.CloudId;

public record UpdateCloudCommand(@TargetAggregateIdentifier CloudId cloudId, ProjectScope scope, Patch<String> name,
                                 Patch<String> note) {
}
