package org.fleetledger.gateway.device;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/devices}. */
record DeviceList(DeviceTree devices, List<Link> links) {
}
