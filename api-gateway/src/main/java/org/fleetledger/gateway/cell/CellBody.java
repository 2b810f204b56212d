package org.fleetledger.gateway.cell;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.cell.CellView;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A cell in responses: Craton's field list exactly (no links), {@code variables} where the facts put it. */
record CellBody(long cloudId, OffsetDateTime createdAt, long id, String name, String note, UUID projectId,
                long regionId, OffsetDateTime updatedAt,
                @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables) {

    static CellBody of(CellView view, VariableMap variables) {
        return new CellBody(view.cloudId(), view.createdAt(), view.id(), view.name(), view.note(), view.projectId(),
                view.regionId(), view.updatedAt(), variables);
    }
}
