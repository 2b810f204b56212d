package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.ResourceCollections;
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.query.ledger.LedgerResourceType;

import java.util.UUID;

/**
 * The resource a {@code /v1/{resources}/{id}/...} path about the past names: its type (from the path's
 * collection) and its id as the log keys it. Projects and users need the admin role, as their reads do;
 * an id that cannot name such a resource is a 404.
 */
record PastResource(LedgerResourceType type, String id) {

    static PastResource of(HttpServletRequest request, String id) {
        LedgerResourceType type = ResourceCollections.typeOfPath(request.getRequestURI())
                .orElseThrow(ApiException::notFound);
        if (type == LedgerResourceType.PROJECT || type == LedgerResourceType.USER) {
            Permissions.requireAdmin(Caller.of(request));
        }
        return new PastResource(type,
                type == LedgerResourceType.PROJECT ? uuid(id) : Long.toString(ResourceIds.parse(id)));
    }

    private static String uuid(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound();
        }
    }
}
