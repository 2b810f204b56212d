package org.fleetledger.query.user;

import org.fleetledger.query.progress.AppliedChanges;
import org.springframework.stereotype.Component;

/** The user events the users read model has taken in on this node, for {@link CachedCredentials}. */
@Component
class UserChanges extends AppliedChanges {
}
