package org.fleetledger.query.stream;

import java.time.Duration;

/**
 * How the change stream publishes: to which topic, whether a tombstone follows a delete, how many
 * events one round sends at most, how long it waits when the log has nothing new, and where it starts
 * on a topic it has never published to ({@code log}: from the first event; {@code now}: from the head;
 * {@code snapshot}: one {@code r} record per resource as it stands at the head, then from the head).
 */
public record ChangeStreamSettings(String topic, boolean tombstones, int batchSize, Duration idlePoll,
                                   String start) {

    public ChangeStreamSettings {
        if (!start.equals("log") && !start.equals("now") && !start.equals("snapshot")) {
            throw new IllegalArgumentException("the change stream starts from 'log', 'now' or 'snapshot', not '"
                    + start + "'");
        }
    }
}
