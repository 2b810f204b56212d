package org.fleetledger.query.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Work a projection's component holds through a processor's batch: written as the batch prepares to
 * commit, before its token, and forgotten if the batch rolls back, which then handles its events again.
 * Each component registers once per batch under a key of its own.
 */
public final class HeldUntilCommit {

    private HeldUntilCommit() {
    }

    /** Registers {@code write} and {@code forget} with the current batch, unless {@code key} has already. */
    public static void register(String key, Runnable write, Runnable forget) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(key, unused -> {
            batch.onPrepareCommit(unit -> write.run());
            batch.onRollback(unit -> forget.run());
            return Boolean.TRUE;
        });
    }
}
