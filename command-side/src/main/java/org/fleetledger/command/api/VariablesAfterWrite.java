package org.fleetledger.command.api;

import java.util.Map;

/**
 * What a command that sets variables answers: its owner's own variables once the command's events are
 * applied, values in their event form (a value may be null).
 */
public record VariablesAfterWrite(Map<String, Object> values) {
}
