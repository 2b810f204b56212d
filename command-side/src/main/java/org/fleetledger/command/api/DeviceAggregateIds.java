package org.fleetledger.command.api;

import org.fleetledger.events.device.DeviceId;

/**
 * Hosts and network devices share one id space but are different aggregates, so each keeps its events
 * under an identifier of its own type: a host's id sent to a network-device route then finds no
 * network device, instead of one built from a host's events.
 */
public final class DeviceAggregateIds {

    private DeviceAggregateIds() {
    }

    public static String host(DeviceId id) {
        return "host:" + id.value();
    }

    public static String networkDevice(DeviceId id) {
        return "network-device:" + id.value();
    }
}
