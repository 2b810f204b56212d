package org.fleetledger.query.paging;

import java.util.List;

/**
 * A page of items. {@code previousMarker} is where the page before this one starts: the farthest of
 * up to {@code limit} items preceding the request's marker, null when none precede it (or when the
 * request had no marker).
 */
public record Page<T>(List<T> items, Object previousMarker) {
}
