package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.http.DiffBody;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.ResourceTimeTravel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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

    @GetMapping({"/v1/projects/{id}/diff", "/v1/users/{id}/diff", "/v1/clouds/{id}/diff", "/v1/regions/{id}/diff",
            "/v1/cells/{id}/diff", "/v1/hosts/{id}/diff", "/v1/network-devices/{id}/diff", "/v1/networks/{id}/diff",
            "/v1/network-interfaces/{id}/diff"})
    DiffBody diff(HttpServletRequest request, @PathVariable String id) {
        PastResource resource = PastResource.of(request, id);
        return timeTravel.fieldsDiff(resource.type(), resource.id(), QUERY.parse(request),
                Caller.of(request).readable());
    }
}
