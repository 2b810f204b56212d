package org.fleetledger.gateway.cloud;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/clouds}. */
record CloudList(List<CloudBody> clouds, List<Link> links) {
}
