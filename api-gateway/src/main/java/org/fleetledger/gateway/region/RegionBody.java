package org.fleetledger.gateway.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.region.RegionView;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A region in responses: Craton's field list exactly, {@code variables} only where the facts put it. */
record RegionBody(long cloudId, OffsetDateTime createdAt, long id, String name, String note, UUID projectId,
                  OffsetDateTime updatedAt,
                  @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables) {

    static RegionBody of(RegionView view, VariableMap variables) {
        return new RegionBody(view.cloudId(), view.createdAt(), view.id(), view.name(), view.note(),
                view.projectId(), view.updatedAt(), variables);
    }
}
