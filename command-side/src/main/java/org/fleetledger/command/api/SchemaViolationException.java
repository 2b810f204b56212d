package org.fleetledger.command.api;

/** A variable's value does not satisfy the schema its key has in the project. */
public final class SchemaViolationException extends CommandRejectedException {

    public SchemaViolationException(String message) {
        super(ErrorCode.INVALID, message);
    }
}
