package org.fleetledger.command.inventory;

import org.fleetledger.command.api.CommandRejectedException;
import org.fleetledger.command.api.ErrorCode;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreConflictException;
import org.fleetledger.events.project.ProjectId;

/**
 * The rules every aggregate's restore handler shares: only a deleted resource of the caller's
 * projects comes back, into its own project, and only where its creation's checks still pass.
 */
public final class Restoration {

    private Restoration() {
    }

    /**
     * The resource ({@code what}, e.g. "host 7") is deleted and visible to {@code scope}, and the state
     * to restore belongs to its project: otherwise not found, or a conflict when it exists.
     */
    public static void requireRestorable(boolean deleted, ProjectId project, ProjectId restoredProject,
                                         ProjectScope scope, String what) {
        if (!scope.includes(project) || !project.equals(restoredProject)) {
            throw new ResourceNotFoundException(what);
        }
        if (!deleted) {
            throw new RestoreConflictException(what + " exists; only a deleted resource can be restored");
        }
    }

    /**
     * Runs the checks and claims that creating the resource makes. A reference that is gone, or a name
     * taken meanwhile, is a conflict of the restore, named with what it was about.
     */
    public static void enter(String what, Runnable checksAndClaims) {
        try {
            checksAndClaims.run();
        } catch (CommandRejectedException e) {
            if (e.code() == ErrorCode.INVALID_REFERENCE || e.code() == ErrorCode.NAME_TAKEN) {
                throw new RestoreConflictException(what + " cannot be restored: " + e.getMessage());
            }
            throw e;
        }
    }
}
