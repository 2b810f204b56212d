package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.query.ledger.ChangePage;
import org.fleetledger.query.ledger.LedgerHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;


/**
 * {@code GET /v1/{resources}/{id}/history}: one resource's change records, oldest first, paged by
 * position. Deleted resources keep their history; it shows to whoever may read the resource's project
 * (projects and users: its admins).
 */
@RestController
class HistoryController {

    private static final QuerySpec QUERY = QuerySpec.builder().paginatedByPosition().build();

    private final LedgerHistory history;

    HistoryController(LedgerHistory history) {
        this.history = history;
    }

    @GetMapping({"/v1/projects/{id}/history", "/v1/users/{id}/history", "/v1/clouds/{id}/history",
            "/v1/regions/{id}/history", "/v1/cells/{id}/history", "/v1/hosts/{id}/history",
            "/v1/network-devices/{id}/history", "/v1/networks/{id}/history", "/v1/network-interfaces/{id}/history"})
    HistoryBody history(HttpServletRequest request, @PathVariable String id) {
        PastResource resource = PastResource.of(request, id);
        QuerySpec.Query query = QUERY.parse(request);
        Long marker = query.integer(Pagination.MARKER);
        ChangePage page = history.ofResource(resource.type(), resource.id(), Caller.of(request).readable(),
                        marker == null ? 0 : marker, query.integer(Pagination.LIMIT).intValue())
                .orElseThrow(ApiException::notFound);
        return new HistoryBody(page.records().stream().map(ChangeRecordBody::of).toList(),
                Pagination.positionLinks(request, query, page.more() ? page.records().getLast().position() : null));
    }
}
