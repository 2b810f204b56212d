package org.fleetledger.gateway.ledger;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** {@code {"changes": [...], "links": [...]}}: a page of the change feed. */
record ChangeFeedBody(List<ChangeRecordBody> changes, List<Link> links) {
}
