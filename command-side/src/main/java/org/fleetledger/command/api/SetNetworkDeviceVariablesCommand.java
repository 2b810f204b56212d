package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.DeviceId;

import java.util.Map;

public record SetNetworkDeviceVariablesCommand(DeviceId deviceId, ProjectScope scope,
                                      Map<String, Object> variables) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.networkDevice(deviceId);
    }
}
