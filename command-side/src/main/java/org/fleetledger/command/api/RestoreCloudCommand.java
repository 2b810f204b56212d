package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.cloud.CloudRestored;

import java.util.Map;

/**
 * Brings a deleted cloud back with {@code state}: the fields it had when it was deleted, as the log
 * records them, and its own variables.
 */
public record RestoreCloudCommand(CloudRestored state, ProjectScope scope, Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public CloudId aggregateIdentifier() {
        return state.cloudId();
    }
}
