package org.fleetledger.query.ledger;

import java.util.List;

/**
 * What reverting one change means: the change itself, its resource's state just before and just
 * after it and now, and the later changes of the same resource that touched the same fields,
 * variable keys or labels (the conflicts a revert must not silently undo).
 */
public record Reversal(ChangeRecord change, LedgerResourceType resourceType, String resourceId,
                       ResourceState before, ResourceState after, ResourceState current,
                       List<ChangeRecord> conflicts) {

    /** The change created its resource (a label scope's first variables do not count: they have no fields). */
    public boolean created() {
        return !before.exists() && after.exists() && !change.changes().fields().isEmpty();
    }

    /** The change deleted its resource. */
    public boolean deleted() {
        return before.exists() && !after.exists();
    }
}
