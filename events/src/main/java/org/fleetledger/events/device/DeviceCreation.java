package org.fleetledger.events.device;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableOwner;

/**
 * A device's creation: where the device sits, and the device's first own variables (ADR 0062).
 * {@code cellId} and {@code parentId} may be null.
 */
public sealed interface DeviceCreation extends DeviceEvent, SetsVariablesOnCreation
        permits HostCreated, NetworkDeviceCreated {

    CloudId cloudId();

    RegionId regionId();

    CellId cellId();

    DeviceId parentId();

    @Override
    default VariableOwner owner() {
        return new VariableOwner(OwnerType.DEVICE, Long.toString(deviceId().value()));
    }
}
