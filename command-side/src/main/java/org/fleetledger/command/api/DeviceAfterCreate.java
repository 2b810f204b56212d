package org.fleetledger.command.api;

import java.time.Instant;

/**
 * What a command that creates a device answers: the time of its creation event, which the read models
 * record as the device's {@code created_at}, and its own variables once the command's events are applied.
 */
public record DeviceAfterCreate(Instant createdAt, VariablesAfterWrite variables) {
}
