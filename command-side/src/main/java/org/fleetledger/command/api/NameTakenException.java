package org.fleetledger.command.api;

/** A unique name is already in use; the message is the one Craton clients know for that resource. */
public final class NameTakenException extends CommandRejectedException {

    public NameTakenException(String message) {
        super(ErrorCode.NAME_TAKEN, message);
    }
}
