package org.fleetledger.query.support;

import java.util.UUID;

/** Which projects' rows a query may see: the caller's own, or all of them for root. */
public record ProjectFilter(UUID project, boolean allProjects) {

    public static ProjectFilter only(UUID project) {
        return new ProjectFilter(project, false);
    }

    public static ProjectFilter everyProject(UUID ownProject) {
        return new ProjectFilter(ownProject, true);
    }
}
