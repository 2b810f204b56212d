package org.fleetledger.gateway.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.project.ProjectView;
import org.fleetledger.query.variables.VariableMap;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A project in responses: Craton's field list exactly. */
record ProjectBody(OffsetDateTime createdAt, UUID id, String name, OffsetDateTime updatedAt,
                   @JsonInclude(JsonInclude.Include.NON_NULL) VariableMap variables) {

    static ProjectBody of(ProjectView view, VariableMap variables) {
        return new ProjectBody(view.createdAt(), view.id(), view.name(), view.updatedAt(), variables);
    }
}
