package org.fleetledger.query.user;

import org.fleetledger.events.user.ApiKeyHash;
import org.fleetledger.events.user.Role;

import java.util.UUID;

/** What authentication needs to know of a user. */
public record UserCredentials(long userId, UUID projectId, String username, Role role, ApiKeyHash apiKeyHash) {
}
