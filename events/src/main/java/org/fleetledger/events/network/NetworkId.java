package org.fleetledger.events.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The integer id of a network. */
public record NetworkId(@JsonValue long value) {

    @JsonCreator
    public static NetworkId of(long value) {
        return new NetworkId(value);
    }

    @Override
    public String toString() {
        return "network:" + value;
    }
}
