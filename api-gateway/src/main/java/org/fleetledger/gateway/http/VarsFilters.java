package org.fleetledger.gateway.http;

import org.fleetledger.query.search.VarsClause;
import org.fleetledger.query.search.VarsFilterParser;

import java.util.List;

/** The {@code vars} parameter of a list: its clauses, or none when it was not sent. */
public final class VarsFilters {

    private VarsFilters() {
    }

    public static List<VarsClause> of(QuerySpec.Query query) {
        return query.has("vars") ? VarsFilterParser.parse(query.string("vars")) : List.of();
    }
}
