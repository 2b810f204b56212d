package org.fleetledger.gateway.operations;

/** How many stored events a read model has yet to process; a processor that has not started owes them all. */
public final class ReadModelLag {

    private ReadModelLag() {
    }

    public static long of(long head, long position) {
        return position < 0 ? head : Math.max(0, head - position);
    }
}
