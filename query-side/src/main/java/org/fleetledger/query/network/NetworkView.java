package org.fleetledger.query.network;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A network as the API shows it, without its variables. {@code cellId}, {@code ipBlockType}, {@code nss} and {@code updatedAt} may be null. */
public record NetworkView(long id, UUID projectId, long cloudId, long regionId, Long cellId, String name, String cidr,
                          String gateway, String netmask, String ipBlockType, String nss, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
}
