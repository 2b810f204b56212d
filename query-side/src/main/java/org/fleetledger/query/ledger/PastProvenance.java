package org.fleetledger.query.ledger;

import java.util.List;

/** Where a resolved variable came from at a past position: the setting supplying it, and those it overrode. */
public record PastProvenance(PastSetting supplied, List<PastSetting> overrides) {
}
