package org.fleetledger.query.paging;

import java.util.List;

/**
 * One page of a list: at most {@code limit} items after the item with id {@code marker} (null: from
 * the start; a number, or a UUID for projects), ordered by {@code sortKeys}, all in one direction.
 */
public record PageRequest(int limit, Object marker, List<String> sortKeys, boolean descending) {

    public PageRequest {
        sortKeys = List.copyOf(sortKeys);
    }
}
