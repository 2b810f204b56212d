package org.fleetledger.gateway.http;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code GET .../diff} and {@code GET .../variables/diff}: between two positions, the fields or keys
 * added (with their value), removed (with their last value) and changed (with both values).
 */
public record DiffBody(long from, long to, SortedMap<String, JsonNode> added, SortedMap<String, JsonNode> removed,
                         SortedMap<String, Change> changed) {

    public record Change(JsonNode from, JsonNode to) {
    }

    public static DiffBody between(long fromPosition, Map<String, JsonNode> before, long toPosition,
                                     Map<String, JsonNode> after) {
        SortedMap<String, JsonNode> added = new TreeMap<>();
        SortedMap<String, JsonNode> removed = new TreeMap<>();
        SortedMap<String, Change> changed = new TreeMap<>();
        after.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                added.put(key, value);
            } else if (!before.get(key).equals(value)) {
                changed.put(key, new Change(before.get(key), value));
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                removed.put(key, value);
            }
        });
        return new DiffBody(fromPosition, toPosition, added, removed, changed);
    }
}
