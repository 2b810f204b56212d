package org.fleetledger.query.ledger;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stored event's time reads as the same instant as Axon's own parser reads it, whatever its form. */
class StoredTimeTest {

    /** The store writes milliseconds; the times are taken with any precision, their text as Axon writes it. */
    @Test
    void readsTimesAsTheEventStoreWritesThemAsAxonDoes() {
        SplittableRandom random = new SplittableRandom(46);
        for (int i = 0; i < 100_000; i++) {
            int nanos = random.nextInt(1_000_000_000);
            int precision = (int) Math.pow(10, random.nextInt(10)); // from nanoseconds to whole seconds
            Instant time = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L),
                    nanos - nanos % precision);
            String text = DateTimeUtils.formatInstant(time);
            assertThat(StoredTime.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @Test
    void readsEveryOtherIsoFormAsAxonDoes() {
        for (String text : List.of("2026-12-01T11:24:48Z", "2026-12-01T11:24:48.8Z", "2026-12-01T11:24:48.871Z",
                "2026-12-01T11:24:48.123456789Z", "2024-02-29T23:59:59.999999999Z", "0001-01-01T00:00:00Z",
                "1969-12-31T23:59:59.5Z", "2026-12-01T11:24:48.871+01:00", "2026-12-01T11:24:48-05:30",
                "2026-12-01t11:24:48.871z", "+12026-12-01T11:24:48Z", "2026-12-01T11:24:48.Z")) {
            assertThat(StoredTime.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @Test
    void refusesWhatAxonRefuses() {
        for (String text : List.of("2026-02-29T11:24:48Z", "2026-13-01T11:24:48Z", "2026-12-01T24:00:00Z",
                "2026-12-01T11:60:48Z", "2026-12-01T11:24:48.1234567890Z",
                "2026-12-01 11:24:48Z", "2026-12-0aT11:24:48Z", "2026-12-01T11:24:48")) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).as(text)
                    .isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> StoredTime.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
