package org.fleetledger.gateway.schema;

import tools.jackson.databind.JsonNode;

/** A key's schema in responses. */
record VariableSchemaBody(String key, JsonNode schema) {
}
