package org.fleetledger.command.cloud;

import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;

/**
 * Cloud names are unique per project. Claims are written in the command's own transaction, so a
 * command that fails later gives its claim back by rolling back.
 */
public interface CloudNameRegistry {

    /** Claims {@code name} for {@code cloud}; throws {@code NameTakenException} when another cloud holds it. */
    void claim(ProjectId project, String name, CloudId cloud);

    void release(ProjectId project, String name);
}
