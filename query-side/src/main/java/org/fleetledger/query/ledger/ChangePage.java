package org.fleetledger.query.ledger;

import java.util.List;

/** A page of change records, oldest first, and whether more follow the last one. */
public record ChangePage(List<ChangeRecord> records, boolean more) {
}
