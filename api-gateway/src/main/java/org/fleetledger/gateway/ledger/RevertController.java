package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.LedgerWrites;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.ledger.ChangeRecord;
import org.fleetledger.query.ledger.ChangeReversals;
import org.fleetledger.query.ledger.Reversal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code POST /v1/changes/{event_id}/revert}: appends the events that undo one change, recorded with
 * the reverting caller and note. 409 when a later change touched the same fields, keys or labels,
 * unless {@code force=true}.
 */
@RestController
class RevertController {

    private static final QuerySpec QUERY = QuerySpec.builder().bool("force", false).build();

    private final ChangeReversals reversals;
    private final LedgerWrites writes;

    RevertController(ChangeReversals reversals, LedgerWrites writes) {
        this.reversals = reversals;
        this.writes = writes;
    }

    @PostMapping("/v1/changes/{eventId}/revert")
    ResponseEntity<RevertBody> revert(HttpServletRequest request, @PathVariable String eventId) {
        Caller caller = Caller.of(request);
        Permissions.requireInventoryWrite(caller);
        boolean force = QUERY.parse(request).bool("force");
        Reversal reversal = reversals.of(eventId, caller.readable()).orElseThrow(ApiException::notFound);
        if (!force && !reversal.conflicts().isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Later changes touched the same fields, keys or labels: "
                    + reversal.conflicts().stream().map(RevertController::describe).collect(Collectors.joining(", "))
                    + ". Revert with force=true to undo this change over them.");
        }
        List<Object> commands = RevertCommands.of(reversal, caller.writable());
        long position = writes.sendAll(request, commands, "revert of " + eventId);
        return WriteResponses.ok(position, new RevertBody(eventId, reversal.change().position(), position));
    }

    private static String describe(ChangeRecord change) {
        return change.type() + " at position " + change.position() + " by " + change.actor().username();
    }

    /** The reverted change (event id and position) and the position of the revert's last event. */
    record RevertBody(String revertedEventId, long revertedPosition, long position) {
    }
}
