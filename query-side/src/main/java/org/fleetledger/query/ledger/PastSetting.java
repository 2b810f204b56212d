package org.fleetledger.query.ledger;

import tools.jackson.databind.JsonNode;

/**
 * A scope's value of a variable at a past position, and the event that set it (null when none is known):
 * the scope's type as the API names it, its id and its name.
 */
public record PastSetting(String scopeType, Object scopeId, String scopeName, JsonNode value, LedgerEvent setBy) {
}
