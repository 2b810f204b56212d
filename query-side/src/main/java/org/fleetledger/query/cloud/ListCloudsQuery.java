package org.fleetledger.query.cloud;

import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.support.ProjectFilter;

public record ListCloudsQuery(ProjectFilter visibleTo, PageRequest page) {
}
