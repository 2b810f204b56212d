package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.query.variables.VariableQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code /v1/{resources}/{id}/variables}, the same for every resource that owns variables (facts 5.3):
 * GET answers the own variables and takes no parameters, PUT merges an object of variables, DELETE
 * removes a JSON array of keys. Each resource supplies how to find it and which command to send.
 */
@Component
public class OwnVariablesEndpoints {

    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();

    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final JsonBodies bodies;

    OwnVariablesEndpoints(VariableQueries variables, LedgerWrites writes, JsonBodies bodies) {
        this.variables = variables;
        this.writes = writes;
        this.bodies = bodies;
    }

    /** Call once the caller is known to see the resource (else it is a 404). */
    public VariablesBody get(HttpServletRequest request, OwnerType type, long id) {
        return getByKey(request, type, Long.toString(id));
    }

    /** As {@link #get}, for owners whose ids are not numbers (projects, labels). */
    public VariablesBody getByKey(HttpServletRequest request, OwnerType type, String id) {
        NO_PARAMETERS.parse(request);
        return new VariablesBody(variables.own(type, id));
    }

    public ResponseEntity<VariablesBody> put(HttpServletRequest request, OwnerType type, long id,
                                             BiFunction<Map<String, Object>, ProjectScope, Object> command) {
        return putByKey(request, type, Long.toString(id), command);
    }

    /** As {@link #put}, for owners whose ids are not numbers (projects). */
    public ResponseEntity<VariablesBody> putByKey(HttpServletRequest request, OwnerType type, String id,
                                                  BiFunction<Map<String, Object>, ProjectScope, Object> command) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        Map<String, Object> values = bodies.variablesBody(bodies.read(request));
        NO_PARAMETERS.parse(request);
        long position = writes.send(request, command.apply(values, caller.writable()));
        return WriteResponses.ok(position, new VariablesBody(variables.own(type, id)));
    }

    public ResponseEntity<Void> delete(HttpServletRequest request,
                                       BiFunction<List<String>, ProjectScope, Object> command) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        List<String> keys = bodies.stringArray(bodies.read(request));
        NO_PARAMETERS.parse(request);
        return WriteResponses.noContent(writes.send(request, command.apply(keys, caller.writable())));
    }
}
