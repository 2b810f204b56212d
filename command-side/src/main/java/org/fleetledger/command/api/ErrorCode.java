package org.fleetledger.command.api;

/** Why a command was refused. The gateway maps each code to an HTTP status in one place. */
public enum ErrorCode {
    /** The resource does not exist, was deleted, or lies outside the caller's projects. */
    NOT_FOUND,
    /** A name that must be unique is already taken. */
    NAME_TAKEN,
    /** The command contradicts a rule of the resource. */
    INVALID
}
