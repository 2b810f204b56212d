package org.fleetledger.command.api;

/** A device's new parent would make a cycle: itself, or one of its descendants. */
public final class InvalidParentException extends CommandRejectedException {

    public InvalidParentException(String message) {
        super(ErrorCode.INVALID, message);
    }
}
