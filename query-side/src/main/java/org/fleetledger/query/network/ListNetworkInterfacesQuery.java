package org.fleetledger.query.network;

import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.support.ProjectFilter;

/** Every filter may be null (not given); {@code ipAddress} is compared in its canonical form. */
public record ListNetworkInterfacesQuery(ProjectFilter visibleTo, Long id, Long deviceId, String ipAddress,
                                         String interfaceType, PageRequest page) {
}
