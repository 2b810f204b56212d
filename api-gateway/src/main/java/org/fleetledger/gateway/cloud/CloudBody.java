package org.fleetledger.gateway.cloud;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.cloud.CloudView;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A cloud in responses: Craton's field list exactly, {@code variables} only where the facts put it. */
record CloudBody(OffsetDateTime createdAt, long id, String name, String note, UUID projectId,
                 OffsetDateTime updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables) {

    static CloudBody of(CloudView view) {
        return of(view, null);
    }

    static CloudBody of(CloudView view, VariableMap variables) {
        return new CloudBody(view.createdAt(), view.id(), view.name(), view.note(), view.projectId(),
                view.updatedAt(), variables);
    }
}
