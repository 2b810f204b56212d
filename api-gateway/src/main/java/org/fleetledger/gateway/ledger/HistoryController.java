package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.query.ledger.ChangePage;
import org.fleetledger.query.ledger.LedgerHistory;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

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

    @GetMapping("/v1/projects/{id}/history")
    HistoryBody project(HttpServletRequest request, @PathVariable String id) {
        Permissions.requireAdmin(Caller.of(request));
        return history(request, LedgerResourceType.PROJECT, uuid(id));
    }

    @GetMapping("/v1/users/{id}/history")
    HistoryBody user(HttpServletRequest request, @PathVariable String id) {
        Permissions.requireAdmin(Caller.of(request));
        return history(request, LedgerResourceType.USER, number(id));
    }

    @GetMapping("/v1/clouds/{id}/history")
    HistoryBody cloud(HttpServletRequest request, @PathVariable String id) {
        return history(request, LedgerResourceType.CLOUD, number(id));
    }

    @GetMapping("/v1/regions/{id}/history")
    HistoryBody region(HttpServletRequest request, @PathVariable String id) {
        return history(request, LedgerResourceType.REGION, number(id));
    }

    @GetMapping("/v1/cells/{id}/history")
    HistoryBody cell(HttpServletRequest request, @PathVariable String id) {
        return history(request, LedgerResourceType.CELL, number(id));
    }

    @GetMapping("/v1/hosts/{id}/history")
    HistoryBody host(HttpServletRequest request, @PathVariable String id) {
        return history(request, LedgerResourceType.HOST, number(id));
    }

    @GetMapping("/v1/network-devices/{id}/history")
    HistoryBody networkDevice(HttpServletRequest request, @PathVariable String id) {
        return history(request, LedgerResourceType.NETWORK_DEVICE, number(id));
    }

    @GetMapping("/v1/networks/{id}/history")
    HistoryBody network(HttpServletRequest request, @PathVariable String id) {
        return history(request, LedgerResourceType.NETWORK, number(id));
    }

    @GetMapping("/v1/network-interfaces/{id}/history")
    HistoryBody networkInterface(HttpServletRequest request, @PathVariable String id) {
        return history(request, LedgerResourceType.NETWORK_INTERFACE, number(id));
    }

    private HistoryBody history(HttpServletRequest request, LedgerResourceType type, String id) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = QUERY.parse(request);
        Long marker = query.integer(Pagination.MARKER);
        ChangePage page = history.ofResource(type, id, caller.readable(), marker == null ? 0 : marker,
                        query.integer(Pagination.LIMIT).intValue())
                .orElseThrow(ApiException::notFound);
        return new HistoryBody(page.records().stream().map(ChangeRecordBody::of).toList(),
                Pagination.positionLinks(request, query, page.more() ? page.records().getLast().position() : null));
    }

    private static String number(String id) {
        return Long.toString(ResourceIds.parse(id));
    }

    private static String uuid(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound();
        }
    }
}
