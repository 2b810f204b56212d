package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.DiffBody;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ResourceIds;
import org.fleetledger.gateway.http.ResourceTimeTravel;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * {@code GET /v1/{resources}/{id}/diff?from=&to=}: how a resource's fields differ between two positions
 * (or times), read from the log; deleted resources included. Who may read the resource's project may
 * read it (projects and users: its admins).
 */
@RestController
class FieldsDiffController {

    private static final QuerySpec QUERY = QuerySpec.builder().string("from").string("to").build();

    private final ResourceTimeTravel timeTravel;

    FieldsDiffController(ResourceTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
    }

    @GetMapping("/v1/projects/{id}/diff")
    DiffBody project(HttpServletRequest request, @PathVariable String id) {
        Permissions.requireAdmin(Caller.of(request));
        return diff(request, LedgerResourceType.PROJECT, uuid(id));
    }

    @GetMapping("/v1/users/{id}/diff")
    DiffBody user(HttpServletRequest request, @PathVariable String id) {
        Permissions.requireAdmin(Caller.of(request));
        return diff(request, LedgerResourceType.USER, number(id));
    }

    @GetMapping("/v1/clouds/{id}/diff")
    DiffBody cloud(HttpServletRequest request, @PathVariable String id) {
        return diff(request, LedgerResourceType.CLOUD, number(id));
    }

    @GetMapping("/v1/regions/{id}/diff")
    DiffBody region(HttpServletRequest request, @PathVariable String id) {
        return diff(request, LedgerResourceType.REGION, number(id));
    }

    @GetMapping("/v1/cells/{id}/diff")
    DiffBody cell(HttpServletRequest request, @PathVariable String id) {
        return diff(request, LedgerResourceType.CELL, number(id));
    }

    @GetMapping("/v1/hosts/{id}/diff")
    DiffBody host(HttpServletRequest request, @PathVariable String id) {
        return diff(request, LedgerResourceType.HOST, number(id));
    }

    @GetMapping("/v1/network-devices/{id}/diff")
    DiffBody networkDevice(HttpServletRequest request, @PathVariable String id) {
        return diff(request, LedgerResourceType.NETWORK_DEVICE, number(id));
    }

    @GetMapping("/v1/networks/{id}/diff")
    DiffBody network(HttpServletRequest request, @PathVariable String id) {
        return diff(request, LedgerResourceType.NETWORK, number(id));
    }

    @GetMapping("/v1/network-interfaces/{id}/diff")
    DiffBody networkInterface(HttpServletRequest request, @PathVariable String id) {
        return diff(request, LedgerResourceType.NETWORK_INTERFACE, number(id));
    }

    private DiffBody diff(HttpServletRequest request, LedgerResourceType type, String id) {
        return timeTravel.fieldsDiff(type, id, QUERY.parse(request), Caller.of(request).readable());
    }

    private static String number(String id) {
        return Long.toString(ResourceIds.parse(id));
    }

    private static String uuid(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound();
        }
    }
}
