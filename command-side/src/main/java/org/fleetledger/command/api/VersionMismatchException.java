package org.fleetledger.command.api;

/** A write expected its resource at one version ({@code If-Match}) and found it at another. */
public final class VersionMismatchException extends CommandRejectedException {

    public VersionMismatchException(long expected, long actual) {
        super(ErrorCode.VERSION_MISMATCH, "The resource is at version " + actual + ", not " + expected
                + " as If-Match expects; read it again.");
    }
}
