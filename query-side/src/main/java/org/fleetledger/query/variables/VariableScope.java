package org.fleetledger.query.variables;

/**
 * A level of resolution that holds variables: its type as the API names it ({@code host},
 * {@code network-device}, {@code label}, {@code cell}, {@code region}, {@code cloud}, {@code project}),
 * its id (a number, a UUID for projects, the label itself for labels) and its name.
 */
public record VariableScope(String type, Object id, String name) {
}
