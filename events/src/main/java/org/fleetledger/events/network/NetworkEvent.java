package org.fleetledger.events.network;

import org.fleetledger.events.project.ProjectId;

/** Everything that can happen to networks and network interfaces; variables aside. */
public sealed interface NetworkEvent permits NetworkCreated, NetworkUpdated, NetworkDeleted, NetworkRestored,
        NetworkInterfaceCreated, NetworkInterfaceUpdated, NetworkInterfaceDeleted, NetworkInterfaceRestored {

    ProjectId projectId();
}
