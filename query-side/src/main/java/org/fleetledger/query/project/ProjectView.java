package org.fleetledger.query.project;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A project as the API shows it, without its variables. */
public record ProjectView(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
