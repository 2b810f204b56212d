package org.fleetledger.command.user;

import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.UserId;

/** Usernames are unique per project; claimed in the command's transaction. */
public interface UsernameRegistry {

    /** Claims {@code username} for {@code user}; throws {@code NameTakenException} when it is taken. */
    void claim(ProjectId project, String username, UserId user);
}
