package org.fleetledger.query.cloud;

import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.support.ProjectFilter;

/** {@code vars}: the clauses of a {@code vars} filter on the clouds' own variables, empty for none. */
public record ListCloudsQuery(ProjectFilter visibleTo, VarsFilter vars, PageRequest page) {
}
