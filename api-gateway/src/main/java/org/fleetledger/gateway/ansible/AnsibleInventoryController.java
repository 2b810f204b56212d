package org.fleetledger.gateway.ansible;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.IpAddresses;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.query.cell.CellQueries;
import org.fleetledger.query.cell.CellView;
import org.fleetledger.query.device.DeviceQueries;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.region.RegionQueries;
import org.fleetledger.query.region.RegionView;
import org.fleetledger.query.support.ProjectFilter;
import org.fleetledger.query.variables.VariableMap;
import org.fleetledger.query.variables.VariableQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GET /v1/ansible-inventory}: the caller's hosts (of a region and a cell, if given) as an
 * Ansible dynamic inventory, unpaginated. Hosts are keyed by address, or by name with
 * {@code hostname_key=name}. Ansible merges hosts of one key, so a key that several selected hosts
 * share (private address ranges reused in two regions, say) becomes {@code <key>#<host id>} for each
 * of them, with {@code ansible_host} giving the address.
 */
@RestController
class AnsibleInventoryController {

    private static final String BY_ADDRESS = "ip_address";
    private static final String BY_NAME = "name";
    private static final QuerySpec QUERY = QuerySpec.builder()
            .integer("region_id").integer("cell_id").string("hostname_key").build();

    private final DeviceQueries devices;
    private final RegionQueries regions;
    private final CellQueries cells;
    private final VariableQueries variables;

    AnsibleInventoryController(DeviceQueries devices, RegionQueries regions, CellQueries cells,
                               VariableQueries variables) {
        this.devices = devices;
        this.regions = regions;
        this.cells = cells;
        this.variables = variables;
    }

    @GetMapping("/v1/ansible-inventory")
    Map<String, Object> inventory(HttpServletRequest request) {
        ProjectFilter visible = Caller.of(request).readable();
        QuerySpec.Query query = QUERY.parse(request);
        boolean byName = hostKeyIsName(query.string("hostname_key"));
        List<DeviceView> hosts = devices.hosts(visible, query.integer("region_id"), query.integer("cell_id"));
        Map<Long, List<String>> labels = devices.labelsOf(hosts.stream().map(DeviceView::id).toList());
        Set<Long> regionIds = hosts.stream().map(DeviceView::regionId).collect(Collectors.toSet());
        Map<Long, RegionView> regionsById = regions.fetchAll(regionIds, visible).stream()
                .collect(Collectors.toMap(RegionView::id, Function.identity()));
        Map<Long, CellView> cellsById = cells.inRegions(regionIds, visible).stream()
                .collect(Collectors.toMap(CellView::id, Function.identity()));

        AnsibleInventory inventory = new AnsibleInventory(byName ? BY_NAME_ORDER : BY_ADDRESS_ORDER);
        addRegionsAndCells(inventory, hosts, regionsById, cellsById);
        addLabels(inventory, hosts, labels);
        Map<Long, VariableMap> resolved = variables.resolvedOfEach(OwnerType.DEVICE,
                hosts.stream().map(DeviceView::id).toList());
        Map<String, Long> keyCounts = hosts.stream()
                .collect(Collectors.groupingBy(host -> key(host, byName), Collectors.counting()));
        for (DeviceView host : hosts) {
            String key = key(host, byName);
            boolean shared = keyCounts.get(key) > 1;
            CellView cell = host.cellId() == null ? null : cellsById.get(host.cellId());
            RegionView region = regionsById.get(host.regionId());
            inventory.host(new AnsibleHost(shared ? key + "#" + host.id() : key, host.ipAddress(), byName || shared,
                    region.name(), cell == null ? null : cellGroup(region, cell),
                    labels.getOrDefault(host.id(), List.of()), resolved.getOrDefault(host.id(), VariableMap.EMPTY).toMap()));
        }
        return inventory.document();
    }

    private void addRegionsAndCells(AnsibleInventory inventory, List<DeviceView> hosts,
                                    Map<Long, RegionView> regionsById, Map<Long, CellView> cellsById) {
        Map<String, VariableMap> regionVariables = variables.ownOfEach(OwnerType.REGION,
                regionsById.keySet().stream().map(String::valueOf).toList());
        Set<Long> cellsWithHosts = hosts.stream().map(DeviceView::cellId).filter(cell -> cell != null)
                .collect(Collectors.toSet());
        Map<String, VariableMap> cellVariables = variables.ownOfEach(OwnerType.CELL,
                cellsWithHosts.stream().map(String::valueOf).toList());
        for (RegionView region : regionsById.values()) {
            List<String> children = cellsById.values().stream().filter(cell -> cell.regionId() == region.id())
                    .map(cell -> cellGroup(region, cell)).toList();
            inventory.region(region.name(), children,
                    regionVariables.getOrDefault(String.valueOf(region.id()), VariableMap.EMPTY).toMap());
        }
        for (Long cellId : new TreeSet<>(cellsWithHosts)) {
            CellView cell = cellsById.get(cellId);
            inventory.cell(cellGroup(regionsById.get(cell.regionId()), cell),
                    cellVariables.getOrDefault(String.valueOf(cellId), VariableMap.EMPTY).toMap());
        }
    }

    private void addLabels(AnsibleInventory inventory, List<DeviceView> hosts, Map<Long, List<String>> labels) {
        // a label's scope is per project: with root's view of several projects, the first project's variables
        Map<String, VariableOwner> owners = new LinkedHashMap<>();
        for (DeviceView host : hosts) {
            labels.getOrDefault(host.id(), List.of()).forEach(label ->
                    owners.putIfAbsent(label, VariableOwner.label(new ProjectId(host.projectId()), label)));
        }
        Map<String, VariableMap> labelVariables = variables.ownOfEach(OwnerType.LABEL,
                owners.values().stream().map(VariableOwner::id).toList());
        new TreeSet<>(owners.keySet()).forEach(label -> inventory.label(label,
                labelVariables.getOrDefault(owners.get(label).id(), VariableMap.EMPTY).toMap()));
    }

    private static String cellGroup(RegionView region, CellView cell) {
        return region.name() + "-" + cell.name();
    }

    private static boolean hostKeyIsName(String hostnameKey) {
        if (hostnameKey == null || hostnameKey.equals(BY_ADDRESS)) {
            return false;
        }
        if (hostnameKey.equals(BY_NAME)) {
            return true;
        }
        throw ApiException.validation(List.of("'hostname_key': '" + hostnameKey + "' is not one of ['ip_address', 'name']"));
    }

    private static String key(DeviceView host, boolean byName) {
        return byName ? host.name() : host.ipAddress();
    }

    /** Addresses in numeric order (IPv4 before IPv6, each by its bytes), then by key. */
    private static final Comparator<AnsibleHost> BY_ADDRESS_ORDER = Comparator
            .comparingInt((AnsibleHost host) -> IpAddresses.bytes(host.ipAddress()).length)
            .thenComparing(host -> IpAddresses.bytes(host.ipAddress()), Arrays::compareUnsigned)
            .thenComparing(AnsibleHost::key);
    private static final Comparator<AnsibleHost> BY_NAME_ORDER = Comparator.comparing(AnsibleHost::key);
}
