package org.fleetledger.query.stream;

import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.ledger.ResourceState;

/** One event with its resource's state just before and just after it. */
record Transition(LedgerEvent event, ResourceState before, ResourceState after) {
}
