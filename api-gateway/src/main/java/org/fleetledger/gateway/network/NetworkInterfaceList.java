package org.fleetledger.gateway.network;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/network-interfaces}. */
record NetworkInterfaceList(List<NetworkInterfaceBody> networkInterfaces, List<Link> links) {
}
