package org.fleetledger.gateway.device;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/hosts}. */
record HostList(List<HostBody> hosts, List<Link> links) {
}
