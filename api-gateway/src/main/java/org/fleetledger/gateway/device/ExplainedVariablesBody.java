package org.fleetledger.gateway.device;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/** A device's variables with {@code explain=true}: the variables, and where each key comes from. */
record ExplainedVariablesBody(Map<String, JsonNode> variables, Map<String, ProvenanceBody> provenance) {
}
