package org.fleetledger.query.cloud;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A cloud as the API shows it, without its variables. {@code note} and {@code updatedAt} may be null. */
public record CloudView(long id, UUID projectId, String name, String note, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt) {
}
