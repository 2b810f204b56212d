package org.fleetledger.query.stream;

import java.time.Duration;

/**
 * How the change stream publishes: to which topic, whether a tombstone follows a delete, how many
 * events one round sends at most, how long it waits when the log has nothing new, and where it starts
 * on a topic it has never published to.
 */
public record ChangeStreamSettings(String topic, boolean tombstones, int batchSize, Duration idlePoll,
                                   StreamStart start) {
}
