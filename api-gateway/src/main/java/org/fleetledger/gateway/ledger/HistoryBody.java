package org.fleetledger.gateway.ledger;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** {@code {"history": [...], "links": [...]}}: a page of one resource's change records. */
record HistoryBody(List<ChangeRecordBody> history, List<Link> links) {
}
