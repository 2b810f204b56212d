package org.fleetledger.query.stream;

import java.time.Duration;

/**
 * How the change stream publishes: to which topic, whether a tombstone follows a delete, how many
 * events one round sends at most, how long it waits when the log has nothing new, where it starts
 * on a topic it has never published to, and how many resources' states it keeps between rounds: as
 * objects, and packed within a budget of bytes (ADR 0047).
 */
public record ChangeStreamSettings(String topic, boolean tombstones, int batchSize, Duration idlePoll,
                                   StreamStart start, int keptStates, long packedStateBytes) {
}
