package org.fleetledger.command.ledger;

import org.axonframework.common.DateTimeUtils;

import java.time.Instant;

/**
 * An event's time as the log keeps it. The log stores it as text, to the millisecond, so an aggregate that
 * answers a time it just applied answers it as every later read of the event gives it (ADR 0048).
 */
public final class EventTime {

    private EventTime() {
    }

    public static Instant asStored(Instant applied) {
        return DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(applied));
    }
}
