package org.fleetledger.query.network;

import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.support.ProjectFilter;

/** Every filter may be null (not given). */
public record ListNetworksQuery(ProjectFilter visibleTo, Long id, String name, Long regionId, Long cellId,
                                VarsFilter vars, PageRequest page) {
}
