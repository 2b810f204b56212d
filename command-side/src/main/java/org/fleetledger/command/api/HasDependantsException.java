package org.fleetledger.command.api;

/** A delete refused because other resources still hang below the one to delete. */
public final class HasDependantsException extends CommandRejectedException {

    public HasDependantsException(String message) {
        super(ErrorCode.HAS_DEPENDANTS, message);
    }
}
