package org.fleetledger.gateway.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A network device in responses: Craton's field list exactly (no note, no labels). The three ids a
 * create accepts without keeping appear in that create's response only, when they were sent.
 */
record NetworkDeviceBody(@JsonInclude(JsonInclude.Include.NON_NULL) Long accessSecretId, boolean active, Long cellId,
                         long cloudId, OffsetDateTime createdAt, String deviceType, long id,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Long interfaceId, String ipAddress,
                         List<Object> links, String modelName, String name,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Long networkId, String osVersion, Long parentId,
                         UUID projectId, long regionId, OffsetDateTime updatedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables, String vlans) {
}
