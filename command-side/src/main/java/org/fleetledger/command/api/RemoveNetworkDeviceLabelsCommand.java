package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.DeviceId;

import java.util.List;

/** Removes labels from the device's set; labels it does not carry are ignored. */
public record RemoveNetworkDeviceLabelsCommand(DeviceId deviceId, ProjectScope scope,
                                      List<String> labels) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.networkDevice(deviceId);
    }
}
