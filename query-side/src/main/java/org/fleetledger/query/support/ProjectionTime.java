package org.fleetledger.query.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Event times as stored in read models: UTC, microsecond precision (what PostgreSQL keeps). */
public final class ProjectionTime {

    private ProjectionTime() {
    }

    public static OffsetDateTime of(Instant eventTime) {
        return eventTime.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
