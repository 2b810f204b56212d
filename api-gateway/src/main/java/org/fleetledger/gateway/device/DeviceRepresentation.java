package org.fleetledger.gateway.device;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.gateway.http.ApiUrls;
import org.fleetledger.gateway.http.Link;
import org.fleetledger.query.device.DeviceKind;
import org.fleetledger.query.device.DeviceQueries;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.variables.VariableMap;
import org.fleetledger.query.variables.VariableQueries;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How devices appear in responses: their fields, their {@code up} link (to the parent device, else
 * the cell, else the region) and, where asked for, their own or resolved variables.
 */
@Component
class DeviceRepresentation {

    /** What a response shows besides the device's fields. */
    record Extras(VariableMap variables, List<JsonNode> sentLinks, JsonNode createBody) {

        static final Extras NONE = new Extras(null, List.of(), null);

        static Extras variables(VariableMap variables) {
            return new Extras(variables, List.of(), null);
        }
    }

    private final DeviceQueries devices;
    private final VariableQueries variables;

    DeviceRepresentation(DeviceQueries devices, VariableQueries variables) {
        this.devices = devices;
        this.variables = variables;
    }

    HostBody host(HttpServletRequest request, DeviceView host, Map<Long, DeviceKind> parentKinds, Extras extras) {
        return new HostBody(host.active(), host.cellId(), host.cloudId(), host.createdAt(), host.deviceType(),
                host.id(), host.ipAddress(), links(request, host, parentKinds, extras), host.name(), host.note(),
                host.parentId(), host.projectId(), host.regionId(), host.updatedAt(), extras.variables());
    }

    NetworkDeviceBody networkDevice(HttpServletRequest request, DeviceView device, Map<Long, DeviceKind> parentKinds,
                                    Extras extras) {
        JsonNode sent = extras.createBody();
        return new NetworkDeviceBody(echoed(sent, "access_secret_id"), device.active(), device.cellId(),
                device.cloudId(), device.createdAt(), device.deviceType(), device.id(), echoed(sent, "interface_id"),
                device.ipAddress(), links(request, device, parentKinds, extras), device.modelName(), device.name(),
                echoed(sent, "network_id"), device.osVersion(), device.parentId(), device.projectId(),
                device.regionId(), device.updatedAt(), extras.variables(), device.vlans());
    }

    /** The kinds of the parents of these devices, fetched at once for a whole page. */
    Map<Long, DeviceKind> parentKinds(List<DeviceView> page) {
        return devices.kindsOf(page.stream().map(DeviceView::parentId).filter(Objects::nonNull).distinct().toList());
    }

    /** The variables of a page of devices, resolved or their own, read at once. */
    Map<Long, VariableMap> variables(List<DeviceView> page, boolean resolved) {
        return variables.ofEach(OwnerType.DEVICE, page.stream().map(DeviceView::id).toList(), resolved);
    }

    VariableMap variables(DeviceView device, boolean resolved) {
        return resolved
                ? variables.resolved(OwnerType.DEVICE, device.id())
                : variables.own(OwnerType.DEVICE, Long.toString(device.id()));
    }

    private static List<Object> links(HttpServletRequest request, DeviceView device, Map<Long, DeviceKind> parentKinds,
                                      Extras extras) {
        List<Object> links = new ArrayList<>(extras.sentLinks());
        links.add(new Link(ApiUrls.absolute(request, upPath(device, parentKinds)), "up"));
        return links;
    }

    private static String upPath(DeviceView device, Map<Long, DeviceKind> parentKinds) {
        if (device.parentId() != null) {
            DeviceKind parent = parentKinds.getOrDefault(device.parentId(), DeviceKind.HOST);
            return (parent == DeviceKind.HOST ? "/v1/hosts/" : "/v1/network-devices/") + device.parentId();
        }
        if (device.cellId() != null) {
            return "/v1/cells/" + device.cellId();
        }
        return "/v1/regions/" + device.regionId();
    }

    private static Long echoed(JsonNode createBody, String name) {
        JsonNode value = createBody == null ? null : createBody.get(name);
        return value == null || value.isNull() ? null : value.longValue();
    }
}
