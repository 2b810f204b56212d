package org.fleetledger.gateway.http;

import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.search.VarsFilterParser;

/** The {@code vars} parameter of a list: its clauses (none when it was not sent), on own or resolved variables. */
public final class VarsFilters {

    private VarsFilters() {
    }

    /** A filter on own variables (clouds, projects, or {@code resolved-values=false}). */
    public static VarsFilter of(QuerySpec.Query query) {
        return of(query, false);
    }

    /** A filter on resolved variables when {@code inherited} ({@code resolved-values=true}), else on own ones. */
    public static VarsFilter of(QuerySpec.Query query, boolean inherited) {
        return query.has("vars")
                ? new VarsFilter(VarsFilterParser.parse(query.string("vars")), inherited)
                : VarsFilter.NONE;
    }
}
