package org.fleetledger.events.device;

import org.fleetledger.events.project.ProjectId;

/**
 * Everything that can happen to a host or a network device, labels included; variables aside, but for
 * those a device's creation carries (ADR 0062).
 */
public sealed interface DeviceEvent permits DeviceCreation, HostUpdated, HostDeleted, HostRestored,
        NetworkDeviceUpdated, NetworkDeviceDeleted, NetworkDeviceRestored, LabelsAdded, LabelsRemoved {

    DeviceId deviceId();

    ProjectId projectId();
}
