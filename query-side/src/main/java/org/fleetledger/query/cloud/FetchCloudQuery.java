package org.fleetledger.query.cloud;

import org.fleetledger.query.support.ProjectFilter;

public record FetchCloudQuery(long cloudId, ProjectFilter visibleTo) {
}
