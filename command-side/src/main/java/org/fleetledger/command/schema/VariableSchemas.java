package org.fleetledger.command.schema;

import org.fleetledger.events.project.ProjectId;

import java.util.Collection;
import java.util.Map;

/** Each project's variable schemas, read and written in the command's transaction. */
public interface VariableSchemas {

    void put(ProjectId project, String key, String schema);

    void remove(ProjectId project, String key);

    /** The schemas of those of {@code keys} that have one, by key. */
    Map<String, String> of(ProjectId project, Collection<String> keys);
}
