package org.fleetledger.query.search;

/** One step of a {@code vars} path below the top-level key. */
public sealed interface PathLeg {

    /** {@code .name} or {@code ."quoted name"}: one member of an object. */
    record Member(String name) implements PathLeg {
    }

    /** {@code .*}: every member of an object. */
    record AnyMember() implements PathLeg {
    }

    /** {@code [N]}: one element of an array. */
    record Index(int index) implements PathLeg {
    }

    /** {@code [*]}: every element of an array. */
    record AnyIndex() implements PathLeg {
    }

    default boolean isWildcard() {
        return this instanceof AnyMember || this instanceof AnyIndex;
    }
}
