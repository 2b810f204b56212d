package org.fleetledger.events.project;

/** Everything that can happen to a project. */
public sealed interface ProjectEvent permits ProjectCreated, ProjectSettingsChanged, ProjectDeleted {

    ProjectId projectId();
}
