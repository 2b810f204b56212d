package org.fleetledger.command.api;

/** The command is refused for who asks it, not for what it says: answered 403. */
public final class ForbiddenException extends CommandRejectedException {

    public ForbiddenException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
