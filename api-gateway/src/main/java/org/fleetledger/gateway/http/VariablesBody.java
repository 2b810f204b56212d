package org.fleetledger.gateway.http;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/** {@code {"variables": {...}}}: the body of every variables read and write. */
public record VariablesBody(Map<String, JsonNode> variables) {
}
