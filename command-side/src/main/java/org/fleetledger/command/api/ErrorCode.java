package org.fleetledger.command.api;

/** Why a command was refused. The gateway maps each code to an HTTP status in one place. */
public enum ErrorCode {
    /** The resource does not exist, was deleted, or lies outside the caller's projects. */
    NOT_FOUND,
    /** A name that must be unique is already taken. */
    NAME_TAKEN,
    /** A referenced resource does not exist, lies in another project, or does not fit the hierarchy. */
    INVALID_REFERENCE,
    /** The resource cannot be deleted while others depend on it. */
    HAS_DEPENDANTS,
    /** The caller may not do this to this resource, whatever it sends. */
    FORBIDDEN,
    /** The command contradicts a rule of the resource. */
    INVALID,
    /** The resource is not at the version the write expected ({@code If-Match}). */
    VERSION_MISMATCH,
    /** A deleted resource cannot come back as it was: it exists, or what it needs is gone or taken. */
    RESTORE_CONFLICT,
    /** Other writes to the same resource kept getting in first; the write may be sent again. */
    CONCURRENT_CHANGE
}
