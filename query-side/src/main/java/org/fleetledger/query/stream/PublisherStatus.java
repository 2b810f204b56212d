package org.fleetledger.query.stream;

import java.time.Instant;

/**
 * Where the change stream stands: the position of the last event whose records the broker has
 * acknowledged (-1 before the first round), whether the last round succeeded, and if not, since when
 * rounds fail and why.
 */
public record PublisherStatus(long position, boolean healthy, Instant failingSince, String error) {

    static final PublisherStatus STARTING = new PublisherStatus(-1, true, null, null);

    PublisherStatus published(long at) {
        return new PublisherStatus(at, true, null, null);
    }

    PublisherStatus failed(Exception e, Instant now) {
        return new PublisherStatus(position, false, failingSince == null ? now : failingSince,
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
