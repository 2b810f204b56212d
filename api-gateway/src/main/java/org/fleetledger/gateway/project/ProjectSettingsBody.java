package org.fleetledger.gateway.project;

import org.fleetledger.query.project.ProjectView;

/** {@code /v1/projects/{id}/settings}: whether every write in the project must carry {@code X-Change-Note}. */
record ProjectSettingsBody(boolean requireChangeNote) {

    static ProjectSettingsBody of(ProjectView view) {
        return new ProjectSettingsBody(view.requireChangeNote());
    }
}
