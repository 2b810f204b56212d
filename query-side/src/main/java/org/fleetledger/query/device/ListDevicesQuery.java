package org.fleetledger.query.device;

import org.fleetledger.query.paging.PageRequest;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.support.ProjectFilter;

/**
 * A page of devices. Every filter may be null (not given); {@code kind} null means hosts and network
 * devices together. With {@code descendants} true, {@code parentId} selects every device below that
 * one, at any depth, instead of its direct children.
 */
public record ListDevicesQuery(ProjectFilter visibleTo, DeviceKind kind, Long id, String name, Long cloudId,
                               Long regionId, Long cellId, String deviceType, String ipAddress, String label,
                               Long parentId, boolean descendants, Boolean active, VarsFilter vars,
                               PageRequest page) {

    public static ListDevicesQuery of(ProjectFilter visibleTo, DeviceKind kind, PageRequest page) {
        return new ListDevicesQuery(visibleTo, kind, null, null, null, null, null, null, null, null, null, false,
                null, VarsFilter.NONE, page);
    }
}
