package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cloud.CloudId;

import java.util.List;

public record DeleteCloudVariablesCommand(@TargetAggregateIdentifier CloudId cloudId, ProjectScope scope,
                                          List<String> keys) {
}
