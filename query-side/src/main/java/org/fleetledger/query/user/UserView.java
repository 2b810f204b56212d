package org.fleetledger.query.user;

import org.fleetledger.events.user.Role;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as the API shows it: never its key. */
public record UserView(long id, UUID projectId, String username, Role role, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt) {
}
