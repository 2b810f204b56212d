package org.fleetledger.events.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A project's id: a UUID, written in its hyphenated lowercase form. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ProjectId of(String text) {
        return new ProjectId(UUID.fromString(text));
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    @JsonValue
    public String text() {
        return value.toString();
    }

    /** The aggregate identifier in the event store: prefixed, so ids of different types never meet. */
    @Override
    public String toString() {
        return "project:" + value;
    }
}
