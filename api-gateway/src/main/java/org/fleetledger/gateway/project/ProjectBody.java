package org.fleetledger.gateway.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.project.ProjectView;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A project in responses: Craton's field list exactly. */
record ProjectBody(OffsetDateTime createdAt, UUID id, String name, OffsetDateTime updatedAt,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, JsonNode> variables) {

    static ProjectBody of(ProjectView view, Map<String, JsonNode> variables) {
        return new ProjectBody(view.createdAt(), view.id(), view.name(), view.updatedAt(), variables);
    }
}
