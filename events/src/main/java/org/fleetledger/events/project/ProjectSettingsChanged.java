package org.fleetledger.events.project;

/** A project's settings after a change: whether every write in it must carry a change note. */
public record ProjectSettingsChanged(ProjectId projectId, boolean requireChangeNote) implements ProjectEvent {
}
