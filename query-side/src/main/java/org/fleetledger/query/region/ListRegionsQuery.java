package org.fleetledger.query.region;

import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.support.ProjectFilter;

/** {@code cloudId} may be null (no filter). */
public record ListRegionsQuery(ProjectFilter visibleTo, Long cloudId, VarsFilter vars, PageRequest page) {
}
