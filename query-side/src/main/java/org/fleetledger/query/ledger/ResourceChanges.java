package org.fleetledger.query.ledger;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one event changed in a resource: each field and own variable with its value before and after
 * (absent on one side when the field or key did not exist there), and the labels added and removed.
 */
public record ResourceChanges(SortedMap<String, Change> fields, SortedMap<String, Change> variables,
                              SortedSet<String> labelsAdded, SortedSet<String> labelsRemoved) {

    /** A value before and after; null stands for absent, a JSON null node for a stored null. */
    public record Change(JsonNode before, JsonNode after) {
    }

    static SortedMap<String, Change> differences(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        SortedMap<String, Change> changes = new TreeMap<>();
        SortedSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            JsonNode was = before.get(key);
            JsonNode is = after.get(key);
            if (!Objects.equals(was, is)) {
                changes.put(key, new Change(was, is));
            }
        }
        return changes;
    }
}
