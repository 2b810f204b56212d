package org.fleetledger.gateway.auth;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.http.ApiException;
import org.springframework.http.HttpStatus;

/** Role checks: an authenticated caller who may not do something gets 403, never 401. */
public final class Permissions {

    private Permissions() {
    }

    /** Projects are root's: listing, creating and deleting them. */
    public static void requireRoot(Caller caller) {
        if (!caller.role().crossesProjects()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "This action requires the 'root' role.");
        }
    }

    /** Users and a project's own settings are for admins (of that project) and root. */
    public static void requireAdmin(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.ROOT) {
            throw new ApiException(HttpStatus.FORBIDDEN, "This action requires the 'admin' role.");
        }
    }

    public static void requireInventoryWrite(Caller caller) {
        if (!caller.role().mayWriteInventory()) {
            throw new ApiException(HttpStatus.FORBIDDEN,
                    "This action requires the 'member' role or higher; your role is '"
                            + caller.role().name().toLowerCase() + "'.");
        }
    }
}
