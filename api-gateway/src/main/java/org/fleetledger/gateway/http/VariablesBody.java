package org.fleetledger.gateway.http;

import org.fleetledger.query.variables.VariableMap;


/** {@code {"variables": {...}}}: the body of every variables read and write. */
public record VariablesBody(VariableMap variables) {
}
