package org.fleetledger.gateway.device;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.device.DeviceRepresentation.Extras;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.Pagination;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.query.device.DeviceKind;
import org.fleetledger.query.device.DeviceQueries;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.device.ListDevicesQuery;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.variables.VariableMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/devices}: hosts and network devices paged together, split by type on each page.
 * {@code parent_id} with {@code descendants=true} reaches the whole subtree below that device.
 */
@RestController
@RequestMapping("/v1/devices")
class DeviceController {

    private static final QuerySpec LIST = QuerySpec.builder()
            .integer("region_id").integer("cloud_id").integer("cell_id").integer("parent_id").bool("active", null)
            .bool("descendants", false).bool("details", false).bool("resolved-values", true).paginated().build();

    private final DeviceQueries devices;
    private final DeviceRepresentation representation;

    DeviceController(DeviceQueries devices, DeviceRepresentation representation) {
        this.devices = devices;
        this.representation = representation;
    }

    @GetMapping
    DeviceList list(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = LIST.parse(request);
        Long parent = query.integer("parent_id");
        boolean descendants = query.bool("descendants") && parent != null;
        if (descendants && devices.fetch(null, parent, caller.readable()).isEmpty()) {
            throw ApiException.notFound();
        }
        Boolean active = query.has("active") ? query.bool("active") : null;
        Page<DeviceView> page = devices.list(new ListDevicesQuery(caller.readable(), null, null, null,
                query.integer("cloud_id"), query.integer("region_id"), query.integer("cell_id"), null, null, null,
                parent, descendants, active, VarsFilter.NONE, Pagination.request(query)));
        boolean details = query.bool("details");
        boolean resolved = query.bool("resolved-values");
        Map<Long, VariableMap> variablesById = details
                ? representation.variables(page.items(), resolved) : Map.of();
        Map<Long, DeviceKind> parents = representation.parentKinds(page.items());
        List<HostBody> hosts = new ArrayList<>();
        List<NetworkDeviceBody> networkDevices = new ArrayList<>();
        for (DeviceView device : page.items()) {
            Extras extras = details ? Extras.variables(variablesById.get(device.id())) : Extras.NONE;
            if (device.kind() == DeviceKind.HOST) {
                hosts.add(representation.host(request, device, parents, extras));
            } else {
                networkDevices.add(representation.networkDevice(request, device, parents, extras));
            }
        }
        return new DeviceList(new DeviceTree(hosts, networkDevices),
                Pagination.links(request, query, page, DeviceView::id));
    }
}
