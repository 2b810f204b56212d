package org.fleetledger.events.network;

import org.fleetledger.events.project.ProjectId;

/** An interface was removed from its device. */
public record NetworkInterfaceDeleted(NetworkInterfaceId interfaceId, ProjectId projectId) implements NetworkEvent {
}
