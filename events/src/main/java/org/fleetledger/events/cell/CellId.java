package org.fleetledger.events.cell;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A cell's integer id. */
public record CellId(@JsonValue long value) {

    @JsonCreator
    public static CellId of(long value) {
        return new CellId(value);
    }

    @Override
    public String toString() {
        return "cell:" + value;
    }
}
