package org.fleetledger.events.device;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A device's integer id. Hosts and network devices share one id space, as in Craton. */
public record DeviceId(@JsonValue long value) {

    @JsonCreator
    public static DeviceId of(long value) {
        return new DeviceId(value);
    }

    @Override
    public String toString() {
        return "device:" + value;
    }
}
