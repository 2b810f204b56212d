package org.fleetledger.events.device;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;

import java.util.Map;
import java.util.Optional;

/** A device's creation, which carries the device's first own variables (ADR 0062). */
public sealed interface DeviceCreation extends DeviceEvent, SetsVariablesOnCreation
        permits HostCreated, NetworkDeviceCreated {

    Map<String, Object> variables();

    @Override
    default Optional<VariablesSet> variablesSet() {
        return variables().isEmpty() ? Optional.empty()
                : Optional.of(new VariablesSet(new VariableOwner(OwnerType.DEVICE, Long.toString(deviceId().value())),
                        projectId(), variables()));
    }
}
