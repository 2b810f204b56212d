package org.fleetledger.events.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A user's integer id. */
public record UserId(@JsonValue long value) {

    @JsonCreator
    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return "user:" + value;
    }
}
