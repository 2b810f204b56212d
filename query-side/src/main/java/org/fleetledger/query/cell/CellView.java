package org.fleetledger.query.cell;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A cell as the API shows it, without its variables. {@code note} and {@code updatedAt} may be null. */
public record CellView(long id, UUID projectId, long cloudId, long regionId, String name, String note,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
