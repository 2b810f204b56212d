package org.fleetledger.events.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A region's integer id. */
public record RegionId(@JsonValue long value) {

    @JsonCreator
    public static RegionId of(long value) {
        return new RegionId(value);
    }

    @Override
    public String toString() {
        return "region:" + value;
    }
}
