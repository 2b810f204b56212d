package org.fleetledger.command.api;

/** A deleted resource that cannot come back as it was: it exists, or what it needs is gone or taken. */
public final class RestoreConflictException extends CommandRejectedException {

    public RestoreConflictException(String message) {
        super(ErrorCode.RESTORE_CONFLICT, message);
    }
}
