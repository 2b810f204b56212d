package org.fleetledger.gateway.device;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/network-devices} (underscore in the key, as Craton has it). */
record NetworkDeviceList(List<NetworkDeviceBody> networkDevices, List<Link> links) {
}
