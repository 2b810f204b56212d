package org.fleetledger.gateway.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.command.ledger.LedgerIntegrity;

/**
 * The answer of a verification: the number of events, the newest event's position and hash (hex),
 * whether the chain is intact and, when it is not, the first position that does not verify.
 */
record LedgerVerificationBody(long events, long headPosition, String headHash, boolean intact,
                              @JsonInclude(JsonInclude.Include.ALWAYS) Long firstBrokenPosition) {

    static LedgerVerificationBody of(LedgerIntegrity.Verification verification) {
        return new LedgerVerificationBody(verification.events(), verification.headPosition(),
                verification.headHash(), verification.intact(), verification.firstBrokenPosition());
    }
}
