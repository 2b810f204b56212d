package org.fleetledger.command.ledger;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventTimeTest {

    /** What the log gives back for a time: the text it stores, read again. */
    private static Instant readBack(Instant time) {
        return DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(time));
    }

    @Test
    void givesTheTimeAsTheLogReadsItBack() {
        List<Instant> times = List.of(
                Instant.parse("2026-12-02T13:31:40.123456789Z"),
                Instant.parse("2026-12-02T13:31:40.999999999Z"),
                Instant.parse("2026-12-02T13:31:40Z"),
                Instant.parse("2026-12-02T13:31:40.000000001Z"),
                Instant.parse("1969-12-31T23:59:59.999500Z"),
                Instant.parse("1901-01-01T00:00:00.000999Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"));

        for (Instant time : times) {
            assertThat(EventTime.asStored(time)).as(time.toString()).isEqualTo(readBack(time));
        }
    }

    @Test
    void dropsWhatIsFinerThanAMillisecond() {
        assertThat(EventTime.asStored(Instant.parse("2026-12-02T13:31:40.123999999Z")))
                .isEqualTo(Instant.parse("2026-12-02T13:31:40.123Z"));
    }
}
