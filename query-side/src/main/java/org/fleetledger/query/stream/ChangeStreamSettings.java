package org.fleetledger.query.stream;

import java.time.Duration;

/**
 * How the change stream publishes: to which topic, whether a tombstone follows a delete, how many
 * events one round sends at most, how long it waits when the log has nothing new, and where it starts
 * on a topic it has never published to ({@code log}: from the first event; {@code now}: from the head).
 */
public record ChangeStreamSettings(String topic, boolean tombstones, int batchSize, Duration idlePoll,
                                   String start) {

    public ChangeStreamSettings {
        if (!start.equals("log") && !start.equals("now")) {
            throw new IllegalArgumentException("the change stream starts from 'log' or 'now', not '" + start + "'");
        }
    }
}
