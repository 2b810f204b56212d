package org.fleetledger.query.user;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The log position of the newest user event the users read model has taken in on this node: what
 * tells {@link CachedCredentials} that credentials read before it may be out of date.
 */
@Component
class UserChanges {

    private final AtomicLong newest = new AtomicLong();

    /** Called by the projection as it applies a user event, before its transaction commits. */
    void appliedAt(long position) {
        newest.accumulateAndGet(position, Math::max);
    }

    long newest() {
        return newest.get();
    }
}
