package org.fleetledger.gateway.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.events.user.Role;
import org.fleetledger.query.user.UserView;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user in responses: Craton's fields plus {@code role}. {@code api_key} appears only in the answers
 * that create the key (user creation, key rotation); it is stored as a hash and never shown again.
 */
record UserBody(@JsonInclude(JsonInclude.Include.NON_NULL) String apiKey, OffsetDateTime createdAt, long id,
                boolean isAdmin, UUID projectId, String role, OffsetDateTime updatedAt, String username) {

    static UserBody of(UserView view, String newKey) {
        return new UserBody(newKey, view.createdAt(), view.id(), view.role() == Role.ADMIN || view.role() == Role.ROOT,
                view.projectId(), view.role().name().toLowerCase(), view.updatedAt(), view.username());
    }

    /** Without the key: the web layer logs the bodies it writes at DEBUG, and a key must never be logged. */
    @Override
    public String toString() {
        return "UserBody[apiKey=" + (apiKey == null ? "null" : "(hidden)") + ", id=" + id + ", projectId=" + projectId
                + ", role=" + role + ", username=" + username + "]";
    }
}
