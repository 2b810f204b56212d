package org.fleetledger.query.variables;

import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * One scope's value of a key and the change that set it: the actor, the time, the change note and
 * the ledger position of the event. The actor's id, the note and the position may be null (the
 * service's own changes have no user; values set before provenance was recorded have none).
 */
public record VariableSetting(VariableScope scope, JsonNode value, Long setByUserId, String setBy,
                              OffsetDateTime setAt, String note, Long position) {
}
