package org.fleetledger.query.ledger;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scopes of a device's resolution order as they were at a position, nearest first, and the merge of
 * their variables: for each key, the first scope holding it supplies the whole value. Kept apart from
 * {@link LedgerTimeTravel}, which reads the scopes from the log, so that the merge needs no database.
 */
record ScopeChain(List<ScopeAt> scopes) {

    ScopeChain {
        scopes = List.copyOf(scopes);
    }

    /** The resolved variables, keys in order. */
    Map<String, JsonNode> resolved() {
        Map<String, JsonNode> resolved = new TreeMap<>();
        scopes.forEach(scope -> scope.state().variables().forEach(resolved::putIfAbsent));
        return resolved;
    }

    /** For each resolved key, the setting that supplies it and the broader scopes' settings it overrides. */
    Map<String, PastProvenance> provenance() {
        Map<String, PastProvenance> provenance = new TreeMap<>();
        for (int level = 0; level < scopes.size(); level++) {
            for (String key : scopes.get(level).state().variables().keySet()) {
                if (provenance.containsKey(key)) {
                    continue;
                }
                List<PastSetting> overridden = new ArrayList<>();
                for (ScopeAt broader : scopes.subList(level + 1, scopes.size())) {
                    if (broader.state().variables().containsKey(key)) {
                        overridden.add(broader.setting(key));
                    }
                }
                provenance.put(key, new PastProvenance(scopes.get(level).setting(key), overridden));
            }
        }
        return provenance;
    }
}
