package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.ledger.LedgerIntegrity;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.QuerySpec;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/ledger/verify} (root): recomputes the event log's hash chain and says where it breaks. */
@RestController
class LedgerVerificationController {

    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();

    private final LedgerIntegrity integrity;

    LedgerVerificationController(LedgerIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/v1/ledger/verify")
    LedgerVerificationBody verify(HttpServletRequest request) {
        Permissions.requireRoot(Caller.of(request));
        NO_PARAMETERS.parse(request);
        return LedgerVerificationBody.of(integrity.verify());
    }
}
