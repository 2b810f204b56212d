package org.fleetledger.gateway.auth;

import org.fleetledger.gateway.http.ApiException;
import org.springframework.http.HttpStatus;

/** Role checks: an authenticated caller who may not do something gets 403, never 401. */
public final class Permissions {

    private Permissions() {
    }

    public static void requireInventoryWrite(Caller caller) {
        if (!caller.role().mayWriteInventory()) {
            throw new ApiException(HttpStatus.FORBIDDEN,
                    "This action requires the 'member' role or higher; your role is '"
                            + caller.role().name().toLowerCase() + "'.");
        }
    }
}
