package org.fleetledger.events.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The integer id of a network interface. */
public record NetworkInterfaceId(@JsonValue long value) {

    @JsonCreator
    public static NetworkInterfaceId of(long value) {
        return new NetworkInterfaceId(value);
    }

    @Override
    public String toString() {
        return "network-interface:" + value;
    }
}
