package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.DeviceId;

import java.util.List;

public record DeleteNetworkDeviceVariablesCommand(DeviceId deviceId, ProjectScope scope,
                                         List<String> keys) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.networkDevice(deviceId);
    }
}
