package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.DeviceId;

import java.util.List;

/** Adds labels to the device's set (a union, as Craton's labels PUT). */
public record AddNetworkDeviceLabelsCommand(DeviceId deviceId, ProjectScope scope,
                                   List<String> labels) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.networkDevice(deviceId);
    }
}
