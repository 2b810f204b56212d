package org.fleetledger.gateway.network;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/networks}. */
record NetworkList(List<NetworkBody> networks, List<Link> links) {
}
