package org.fleetledger.query.project;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A project as the API shows it, without its variables, and its settings. */
public record ProjectView(UUID id, String name, boolean requireChangeNote, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
}
