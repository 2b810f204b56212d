package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.JsonValues;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.query.ledger.ChangeFeedQuery;
import org.fleetledger.query.ledger.ChangePage;
import org.fleetledger.query.ledger.LedgerHistory;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /v1/changes}: the change feed of the caller's project (root: of every project), oldest
 * first, paged by position, filtered by resource, actor and time.
 */
@RestController
class ChangeFeedController {

    private static final String AFTER_POSITION = "after_position";
    private static final QuerySpec QUERY = QuerySpec.builder()
            .string("resource_type")
            .string("resource_id")
            .string("actor")
            .time("since")
            .time("until")
            .integer(AFTER_POSITION)
            .paginatedByPosition()
            .build();

    private final LedgerHistory history;

    ChangeFeedController(LedgerHistory history) {
        this.history = history;
    }

    @GetMapping("/v1/changes")
    ChangeFeedBody feed(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = QUERY.parse(request);
        LedgerResourceType type = resourceType(query);
        String resourceId = query.string("resource_id");
        if (resourceId != null && type == null) {
            throw ApiException.validation(List.of("'resource_id' needs 'resource_type'"));
        }
        long after = Math.max(orZero(query.integer(AFTER_POSITION)), orZero(query.integer(Pagination.MARKER)));
        ChangePage page = history.feed(new ChangeFeedQuery(caller.readable(), type, resourceId, query.string("actor"),
                query.time("since"), query.time("until"), after, query.integer(Pagination.LIMIT).intValue()));
        return new ChangeFeedBody(page.records().stream().map(ChangeRecordBody::of).toList(),
                Pagination.positionLinks(request, query, page.more() ? page.records().getLast().position() : null));
    }

    private static LedgerResourceType resourceType(QuerySpec.Query query) {
        String name = query.string("resource_type");
        if (name == null) {
            return null;
        }
        return LedgerResourceType.named(name).orElseThrow(() -> ApiException.validation(List.of(
                "'resource_type': " + JsonValues.quote(name) + " is not one of " + typeNames())));
    }

    private static String typeNames() {
        return Arrays.stream(LedgerResourceType.values()).map(LedgerResourceType::apiName)
                .map(JsonValues::quote).toList().toString();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
