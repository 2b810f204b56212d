package org.fleetledger.query.network;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A network interface as the API shows it, without its variables; every field after {@code ipAddress} may be null. */
public record NetworkInterfaceView(long id, UUID projectId, long deviceId, Long networkId, String name,
                                   String interfaceType, String ipAddress, Long vlanId, Long port, Long speed,
                                   String vlan, String duplex, String link, String cdp, String security,
                                   OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
