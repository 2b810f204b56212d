package org.fleetledger.gateway.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A host in responses: Craton's field list exactly (no labels), {@code variables} where the facts put it. */
record HostBody(boolean active, Long cellId, long cloudId, OffsetDateTime createdAt, String deviceType, long id,
                String ipAddress, List<Object> links, String name, String note, Long parentId, UUID projectId,
                long regionId, OffsetDateTime updatedAt,
                @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables) {
}
