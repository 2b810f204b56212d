package org.fleetledger.query.stream;

/** Where the change stream starts on a topic it has never published to. */
public enum StreamStart {
    /** Every event of the log, from the first. */
    LOG,
    /** One {@code r} record per resource as it stands at the head, then the events after the head. */
    SNAPSHOT,
    /** The events after the head only. */
    NOW
}
