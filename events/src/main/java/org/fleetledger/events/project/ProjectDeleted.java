package org.fleetledger.events.project;

/** A project was deleted, and with it its own variables. Its inventory and users were deleted before it. */
public record ProjectDeleted(ProjectId projectId) implements ProjectEvent {
}
