package org.fleetledger.query.progress;

import org.axonframework.eventhandling.TrackingToken;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The log position of the newest event one read model's projection has taken in on this node: what
 * tells an {@link InStepCache} that rows read before it may be out of date.
 */
public class AppliedChanges {

    private final AtomicLong newest = new AtomicLong();

    /**
     * Called by the projection as it applies an event, before its transaction commits. The rebuild's copy
     * of a projection handles events without a token: its tables are switched in with the same contents
     * as the live ones, so nothing cached goes out of date.
     */
    public void applied(TrackingToken token) {
        if (token != null) {
            token.position().ifPresent(position -> newest.accumulateAndGet(position, Math::max));
        }
    }

    long newest() {
        return newest.get();
    }
}
