package org.fleetledger.command.api;

import org.fleetledger.events.project.ProjectId;

/**
 * The projects a command may touch: the caller's own, or every project for root. A resource outside
 * the scope is treated as absent, so that its existence does not leak.
 */
public record ProjectScope(ProjectId project, boolean allProjects) {

    public static ProjectScope only(ProjectId project) {
        return new ProjectScope(project, false);
    }

    public static ProjectScope everyProject(ProjectId ownProject) {
        return new ProjectScope(ownProject, true);
    }

    public boolean includes(ProjectId other) {
        return allProjects || project.equals(other);
    }
}
