package org.fleetledger.command.api;

/** The addressed resource does not exist for the caller. */
public final class ResourceNotFoundException extends CommandRejectedException {

    public ResourceNotFoundException(String what) {
        super(ErrorCode.NOT_FOUND, what + " not found");
    }
}
