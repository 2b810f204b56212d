package org.fleetledger.command.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An event's time as the log keeps it. The log stores it as text, to the millisecond, so an aggregate that
 * answers a time it just applied answers it as every later read of the event gives it (ADR 0048). The text
 * has exactly three digits of the second's fraction, so reading it back is cutting the time down to the
 * millisecond, without writing and parsing the text.
 */
public final class EventTime {

    private EventTime() {
    }

    public static Instant asStored(Instant applied) {
        return applied.truncatedTo(ChronoUnit.MILLIS);
    }
}
