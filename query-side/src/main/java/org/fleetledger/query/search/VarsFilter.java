package org.fleetledger.query.search;

import java.util.List;

/**
 * A list's {@code vars} filter: its clauses, all of which must match, and whether they look at each
 * resource's resolved variables ({@code resolved-values=true}: inherited values count, and a child's
 * own value overrides its parents') or at its own variables only.
 */
public record VarsFilter(List<VarsClause> clauses, boolean inherited) {

    public static final VarsFilter NONE = new VarsFilter(List.of(), false);

    public VarsFilter {
        clauses = List.copyOf(clauses);
    }
}
