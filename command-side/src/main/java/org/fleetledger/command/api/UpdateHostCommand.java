package org.fleetledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fleetledger.events.device.DeviceId;

/** A present {@code parentId} patch with a null value detaches the host from its parent. */
public record UpdateHostCommand(DeviceId deviceId, ProjectScope scope, Patch<String> name,
                                Patch<String> ipAddress, Patch<String> deviceType, Patch<Boolean> active,
                                Patch<String> note, Patch<DeviceId> parentId) {

    @TargetAggregateIdentifier
    public String aggregateIdentifier() {
        return DeviceAggregateIds.host(deviceId);
    }
}
