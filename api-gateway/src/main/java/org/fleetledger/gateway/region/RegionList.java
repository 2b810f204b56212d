package org.fleetledger.gateway.region;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/regions}. */
record RegionList(List<RegionBody> regions, List<Link> links) {
}
