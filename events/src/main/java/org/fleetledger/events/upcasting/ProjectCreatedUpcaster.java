package org.fleetledger.events.upcasting;

import org.fleetledger.events.project.ProjectCreated;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ProjectCreated} without a revision (before {@code requireChangeNote}) to revision 2: a project
 * created then did not require change notes.
 */
public final class ProjectCreatedUpcaster extends FirstShapeUpcaster {

    public ProjectCreatedUpcaster() {
        super(ProjectCreated.class, "2");
    }

    @Override
    void addFields(ObjectNode payload) {
        payload.put("requireChangeNote", false);
    }
}
