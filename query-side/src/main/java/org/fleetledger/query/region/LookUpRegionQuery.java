package org.fleetledger.query.region;

import org.fleetledger.query.support.ProjectFilter;

/** Craton's lookup mode: by name, by id, or both (then the name must exist and the id decides). */
public record LookUpRegionQuery(ProjectFilter visibleTo, String name, Long id) {
}
