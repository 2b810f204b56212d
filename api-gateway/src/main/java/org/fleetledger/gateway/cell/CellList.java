package org.fleetledger.gateway.cell;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/cells}. */
record CellList(List<CellBody> cells, List<Link> links) {
}
