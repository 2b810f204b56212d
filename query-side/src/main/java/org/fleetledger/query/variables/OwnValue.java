package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import tools.jackson.databind.JsonNode;

/** One owner's own value of a key. */
public record OwnValue(OwnerType ownerType, String ownerId, JsonNode value) {
}
