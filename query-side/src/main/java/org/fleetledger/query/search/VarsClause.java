package org.fleetledger.query.search;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * One clause of a {@code vars} filter: the variable named {@code key}, the value its {@code legs}
 * select, and the JSON value that must be contained in it.
 */
public record VarsClause(String key, List<PathLeg> legs, JsonNode value) {

    public VarsClause {
        legs = List.copyOf(legs);
    }

    /** With a wildcard leg the path selects a list of values, and a match in any of them counts. */
    public boolean selectsMany() {
        return legs.stream().anyMatch(PathLeg::isWildcard);
    }

    /** The path without its value: a later clause with the same path replaces an earlier one. */
    public String pathIdentity() {
        return key + legs;
    }
}
