package org.fleetledger.command.api;

/** A command refused by a business rule: a first-class outcome carrying its code and a message for people. */
public abstract class CommandRejectedException extends RuntimeException {

    private final ErrorCode code;

    protected CommandRejectedException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
