package org.fleetledger.query.ledger;

import java.time.Instant;

/**
 * An event as folding its resource's state takes it: whose it is, its place among that resource's
 * events, its time and its payload (upcast to its current shape). Its metadata is not read.
 */
public record ResourceEvent(String aggregateId, long sequence, Instant occurredAt, Object payload) {
}
