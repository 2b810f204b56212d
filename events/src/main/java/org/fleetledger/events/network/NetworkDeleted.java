package org.fleetledger.events.network;

import org.fleetledger.events.project.ProjectId;

/** A network was deleted, and with it its own variables. */
public record NetworkDeleted(NetworkId networkId, ProjectId projectId) implements NetworkEvent {
}
