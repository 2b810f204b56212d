package org.fleetledger.query.cell;

import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.support.ProjectFilter;

/** Every filter may be null (not given). */
public record ListCellsQuery(ProjectFilter visibleTo, Long id, String name, Long regionId, Long cloudId,
                             VarsFilter vars, PageRequest page) {
}
