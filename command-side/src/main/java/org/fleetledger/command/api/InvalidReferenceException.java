package org.fleetledger.command.api;

/** A body field names a resource that is absent, in another project, or elsewhere in the tree. */
public final class InvalidReferenceException extends CommandRejectedException {

    private final String field;

    public InvalidReferenceException(String field, String problem) {
        super(ErrorCode.INVALID_REFERENCE, "'" + field + "': " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
