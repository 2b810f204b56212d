package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.DeviceId;

/** A present {@code parentId} patch with a null value detaches the device from its parent. */
public record UpdateNetworkDeviceCommand(DeviceId deviceId, ProjectScope scope,
                                         Patch<String> name, Patch<String> ipAddress, Patch<String> deviceType,
                                         Patch<String> modelName, Patch<String> osVersion, Patch<String> vlans,
                                         Patch<DeviceId> parentId) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.networkDevice(deviceId);
    }
}
