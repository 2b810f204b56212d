package org.fleetledger.gateway.device;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The {@code devices} object of {@code GET /v1/devices}: both arrays always present, the second hyphenated. */
record DeviceTree(List<HostBody> hosts, @JsonProperty("network-devices") List<NetworkDeviceBody> networkDevices) {
}
