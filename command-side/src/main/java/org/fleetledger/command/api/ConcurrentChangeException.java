package org.fleetledger.command.api;

/** A write lost the race for its resource to other writes several times in a row. */
public final class ConcurrentChangeException extends CommandRejectedException {

    public ConcurrentChangeException(String resource) {
        super(ErrorCode.CONCURRENT_CHANGE, "Other changes to " + resource
                + " kept getting in first; nothing was stored. Send the change again.");
    }
}
