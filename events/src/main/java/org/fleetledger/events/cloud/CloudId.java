package org.fleetledger.events.cloud;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A cloud's integer id. */
public record CloudId(@JsonValue long value) {

    @JsonCreator
    public static CloudId of(long value) {
        return new CloudId(value);
    }

    @Override
    public String toString() {
        return "cloud:" + value;
    }
}
