package org.fleetledger.events.project;

/** A project came into being. Project names are not unique (as in Craton). */
public record ProjectCreated(ProjectId projectId, String name) implements ProjectEvent {
}
