package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.command.ledger.WriteReceipt;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.variables.VariableMap;
import org.fleetledger.query.variables.VariableQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code /v1/{resources}/{id}/variables}, the same for every resource that owns variables (facts 5.3):
 * GET answers the own variables and takes no parameters but {@code as_of}, PUT merges an object of variables, DELETE
 * removes a JSON array of keys. Each resource supplies how to find it and which command to send.
 */
@Component
public class OwnVariablesEndpoints {

    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();
    private static final QuerySpec GET = QuerySpec.builder().string(AsOf.PARAMETER).build();

    private final VariableQueries variables;
    private final LedgerWrites writes;
    private final JsonBodies bodies;
    private final ResourceTimeTravel timeTravel;

    OwnVariablesEndpoints(VariableQueries variables, LedgerWrites writes, JsonBodies bodies,
                          ResourceTimeTravel timeTravel) {
        this.variables = variables;
        this.writes = writes;
        this.bodies = bodies;
        this.timeTravel = timeTravel;
    }

    /**
     * The resource's own variables now, once {@code visibleNow} has checked that the caller sees it (else
     * it throws the 404); with {@code as_of}, as they were then, read from the log (the resource may be
     * deleted since).
     */
    public VariablesBody get(HttpServletRequest request, LedgerResourceType type, OwnerType owner, long id,
                             Runnable visibleNow) {
        Long asOf = timeTravel.asOf(GET.parse(request));
        if (asOf != null) {
            return new VariablesBody(VariableMap.ofValues(
                    timeTravel.at(type, id, asOf, Caller.of(request).readable()).variables()));
        }
        visibleNow.run();
        return new VariablesBody(variables.own(owner, Long.toString(id)));
    }

    /** As {@link #get}, for owners whose ids are not numbers (projects, labels). */
    public VariablesBody getByKey(HttpServletRequest request, OwnerType type, String id) {
        NO_PARAMETERS.parse(request);
        return new VariablesBody(variables.own(type, id));
    }

    /** PUT: merges the body's variables into the owner's, by the command {@code command} makes of them. */
    public ResponseEntity<VariablesBody> put(HttpServletRequest request,
                                             BiFunction<Map<String, Object>, ProjectScope, Object> command) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        Map<String, Object> values = bodies.variablesBody(bodies.read(request));
        NO_PARAMETERS.parse(request);
        WriteReceipt receipt = writes.store(request, command.apply(values, caller.writable()));
        // the owner's variables as its aggregate holds them after the write: every set-variables command
        // answers them (ADR 0042)
        VariablesAfterWrite written = (VariablesAfterWrite) receipt.result();
        return WriteResponses.ok(receipt.position(), new VariablesBody(VariableMap.ofValues(written.values())));
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
