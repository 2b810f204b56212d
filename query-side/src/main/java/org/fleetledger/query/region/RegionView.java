package org.fleetledger.query.region;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A region as the API shows it, without its variables. {@code note} and {@code updatedAt} may be null. */
public record RegionView(long id, UUID projectId, long cloudId, String name, String note, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt) {
}
