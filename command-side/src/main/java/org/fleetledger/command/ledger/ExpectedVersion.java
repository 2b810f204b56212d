package org.fleetledger.command.ledger;

/**
 * The version a write expects its resource's aggregate to be at ({@code If-Match}): its last event's
 * sequence number. The check happens as the write's first event for that aggregate is appended, in
 * the write's transaction, so a change committed in between is never overwritten unseen.
 */
public record ExpectedVersion(String aggregateId, long version) {
}
