package org.fleetledger.query.device;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A host or network device as the API shows it, without variables. {@code cellId}, {@code parentId},
 * {@code note} (hosts), {@code modelName}, {@code osVersion}, {@code vlans} (network devices) and
 * {@code updatedAt} may be null.
 */
public record DeviceView(long id, DeviceKind kind, UUID projectId, long cloudId, long regionId, Long cellId,
                         Long parentId, String name, String ipAddress, String deviceType, boolean active, String note,
                         String modelName, String osVersion, String vlans, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt) {
}
