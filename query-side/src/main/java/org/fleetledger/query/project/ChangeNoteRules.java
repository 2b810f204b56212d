package org.fleetledger.query.project;

import org.fleetledger.query.progress.InStepCache;
import org.fleetledger.query.progress.ReadModelProgress;
import org.fleetledger.query.progress.ReadModels;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Whether a project requires a change note with every write, asked by every write: kept in memory in
 * step with the projects read model (ADR 0027), so a changed setting holds from the write after the
 * change is acknowledged.
 */
@Component
public class ChangeNoteRules {

    private final InStepCache<UUID, Boolean> cache;

    ChangeNoteRules(ProjectQueries projects, ProjectChanges changes, ReadModelProgress progress) {
        this.cache = new InStepCache<>(ReadModels.PROJECTS, progress, changes, projects::changeNoteRule);
    }

    /** Whether every write in the project must carry a change note (false for an unknown project). */
    public boolean requiresChangeNote(UUID projectId) {
        return cache.get(projectId).orElse(false);
    }
}
