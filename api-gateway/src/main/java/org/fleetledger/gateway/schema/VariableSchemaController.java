package org.fleetledger.gateway.schema;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.DeleteVariableSchemaCommand;
import org.fleetledger.command.api.SetVariableSchemaCommand;
import org.fleetledger.command.schema.SchemaCheck;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.JsonBodies;
import org.fleetledger.gateway.http.LedgerWrites;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.variables.OwnValue;
import org.fleetledger.query.variables.VariableQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /v1/variable-schemas/{key}}: the JSON Schema that every value of a top-level variable key
 * must satisfy in the caller's project, at every scope. Admins set and delete schemas; setting one
 * that existing values break is refused unless {@code force=true}.
 */
@RestController
@RequestMapping("/v1/variable-schemas/{key}")
class VariableSchemaController {

    private static final int MAX_KEY_LENGTH = 255;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec PUT = QuerySpec.builder().bool("force", false).build();

    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final JsonBodies bodies;

    VariableSchemaController(VariableQueries variables, LedgerWrites writes, JsonBodies bodies) {
        this.variables = variables;
        this.writes = writes;
        this.bodies = bodies;
    }

    @GetMapping
    VariableSchemaBody get(HttpServletRequest request, @PathVariable String key) {
        Caller caller = Caller.of(request);
        NO_PARAMETERS.parse(request);
        String schema = variables.schema(caller.projectId(), checked(key)).orElseThrow(ApiException::notFound);
        return new VariableSchemaBody(key, JSON.readTree(schema));
    }

    @PutMapping
    ResponseEntity<VariableSchemaBody> set(HttpServletRequest request, @PathVariable String key) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        checked(key);
        JsonNode schema = bodies.read(request);
        boolean force = PUT.parse(request).bool("force");
        if (schema == null || !schema.isObject()) {
            throw ApiException.validation(List.of("the schema must be a JSON object (a JSON Schema document)"));
        }
        String text = JSON.writeValueAsString(schema);
        String problem = SchemaCheck.problemWith(text);
        if (problem != null) {
            throw ApiException.validation(List.of("the schema cannot be used: " + problem));
        }
        if (!force) {
            requireNoBrokenValues(caller, key, text);
        }
        long position = writes.send(request, new SetVariableSchemaCommand(new ProjectId(caller.projectId()), key, text));
        return WriteResponses.ok(position, new VariableSchemaBody(key, schema));
    }

    @DeleteMapping
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String key) {
        Caller caller = Caller.of(request);
        Permissions.requireAdmin(caller);
        NO_PARAMETERS.parse(request);
        checked(key);
        variables.schema(caller.projectId(), key).orElseThrow(ApiException::notFound);
        return WriteResponses.noContent(writes.send(request,
                new DeleteVariableSchemaCommand(new ProjectId(caller.projectId()), key)));
    }

    /** 409 listing the owners whose own value of the key the schema would reject. */
    private void requireNoBrokenValues(Caller caller, String key, String schema) {
        List<String> broken = new ArrayList<>();
        for (OwnValue held : variables.holdersOf(caller.projectId(), key)) {
            List<String> rules = SchemaCheck.violations(schema, held.value());
            if (!rules.isEmpty()) {
                broken.add(held.ownerType().name().toLowerCase().replace('_', '-') + " " + held.ownerId() + " ("
                        + String.join("; ", rules) + ")");
            }
        }
        if (!broken.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Existing values of '" + key + "' break the schema: "
                    + String.join(", ", broken) + ". Change them first, or set the schema with ?force=true.");
        }
    }

    private static String checked(String key) {
        if (key.isEmpty() || key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
            throw ApiException.validation(List.of("'key': must have 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        return key;
    }
}
