package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.query.rebuild.ReadModelRebuild;
import org.fleetledger.query.rebuild.RebuildStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/ledger/rebuild} (root): {@code POST} starts rebuilding every read model from the log
 * (202; the answer while one runs is its progress), {@code GET} shows the progress of the last one.
 */
@RestController
class LedgerRebuildController {

    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();

    private final ReadModelRebuild rebuild;

    LedgerRebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/v1/ledger/rebuild")
    ResponseEntity<RebuildStatus> start(HttpServletRequest request) {
        Permissions.requireRoot(Caller.of(request));
        NO_PARAMETERS.parse(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start());
    }

    @GetMapping("/v1/ledger/rebuild")
    RebuildStatus status(HttpServletRequest request) {
        Permissions.requireRoot(Caller.of(request));
        NO_PARAMETERS.parse(request);
        return rebuild.status();
    }
}
