package org.fleetledger.query.ledger;

import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.NetworkDeviceCreated;
import org.fleetledger.events.project.ProjectCreated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A device's resolution order as time travel sees it, folded from events in memory: the host, its two
 * parent devices, its three labels (the later label first), its cell, region, cloud and project, each
 * with 10 to 20 variables, several keys set at more than one scope. It sits in the query side's package
 * because the merge ({@link ScopeChain}) is package-private there; the micro-benchmarks call it through
 * this class.
 */
public final class ResolutionChainSample {

    private static final ProjectId PROJECT = ProjectId.of("3f1c2a9e-8b47-4d2e-9a55-0c6de1f4b7a2");
    private static final Instant START = Instant.parse("2026-11-29T11:05:15Z");

    private final ScopeChain chain;
    private long position;

    public ResolutionChainSample() {
        List<ScopeAt> scopes = new ArrayList<>();
        scopes.add(host(1003, 1002L, "compute-0042", Map.of("role", "compute", "tier", 3, "ntp", List.of("10.1.1.1"))));
        scopes.add(networkDevice(1002, 1001L, "tor-07", Map.of("vlan", 112, "uplink", "spine-2", "mtu", 9000)));
        scopes.add(networkDevice(1001, null, "spine-2", Map.of("vlan", 100, "bgp_asn", 65010, "mtu", 9216)));
        for (String label : List.of("gpu", "nvme", "canary")) {
            scopes.add(label(label, Map.of("cuda", "12.4", "role", "gpu-" + label, "kernel", "6.8.0-45")));
        }
        scopes.add(scope("Cell", "cell:7", new CellCreated(CellId.of(7), PROJECT, CloudId.of(1), RegionId.of(2),
                "row-7", null, Map.of()), "cell", 7L, Map.of("rack", "r07", "rack_power_kw", 12, "tier", 2)));
        scopes.add(scope("Region", "region:2", new RegionCreated(RegionId.of(2), PROJECT, CloudId.of(1), "zrh-b",
                null, Map.of()), "region", 2L, Map.of("dns", "10.2.0.53", "tier", 2, "ntp", List.of("10.2.0.1", "10.2.0.2"))));
        scopes.add(scope("Cloud", "cloud:1", new CloudCreated(CloudId.of(1), PROJECT, "zrh", null, Map.of()), "cloud", 1L,
                Map.of("ntp", List.of("10.0.0.1", "10.0.0.2"), "tier", 1, "dns", "10.0.0.53")));
        scopes.add(scope("Project", "project:" + PROJECT.text(), new ProjectCreated(PROJECT, "fleet", false),
                "project", PROJECT.value(), Map.of("ntp", List.of("pool.ntp.org"), "dns", "1.1.1.1",
                        "owner", "infra")));
        chain = new ScopeChain(scopes);
    }

    /** The device's resolved variables. */
    public Map<String, JsonNode> resolved() {
        return chain.resolved();
    }

    /** Where each resolved variable comes from, and what it overrides. */
    public Map<String, PastProvenance> provenance() {
        return chain.provenance();
    }

    private ScopeAt host(long id, Long parent, String name, Map<String, Object> overrides) {
        HostCreated created = new HostCreated(DeviceId.of(id), PROJECT, CloudId.of(1), RegionId.of(2),
                CellId.of(7), parent == null ? null : DeviceId.of(parent), name, "10.2.7." + (id % 250),
                "server", true, null, Map.of());
        ScopeAt host = fold(new ScopeAt(null, null, null, ResourceState.NONE, new HashMap<>()), "Host",
                "host:" + id, created);
        host = fold(host, "Host", "host:" + id, new LabelsAdded(DeviceId.of(id), PROJECT,
                List.of("canary", "gpu", "nvme")));
        host = fold(host, "Host", "host:" + id, variablesSet(OwnerType.DEVICE, Long.toString(id), name, 12,
                overrides));
        return host.named("host", id);
    }

    private ScopeAt networkDevice(long id, Long parent, String name, Map<String, Object> overrides) {
        NetworkDeviceCreated created = new NetworkDeviceCreated(DeviceId.of(id), PROJECT, CloudId.of(1),
                RegionId.of(2), CellId.of(7), parent == null ? null : DeviceId.of(parent), name,
                "10.2.7." + (id % 250), "switch", true, "7050SX", "4.30", "100-120", Map.of());
        return scope("NetworkDevice", "network-device:" + id, created, "network-device", id,
                variablesSet(OwnerType.DEVICE, Long.toString(id), name, 14, overrides));
    }

    private ScopeAt label(String label, Map<String, Object> overrides) {
        ScopeAt empty = new ScopeAt(null, null, null, ResourceState.NONE, new HashMap<>());
        VariableOwner owner = VariableOwner.label(PROJECT, label);
        return fold(empty, "LabelScope", "label:" + owner.id(), new VariablesSet(owner, PROJECT,
                variables(label, 10, overrides))).named("label", label);
    }

    private ScopeAt scope(String aggregateType, String aggregateId, Object created, String type, Object id,
                          Map<String, Object> overrides) {
        String owner = id.toString();
        OwnerType ownerType = OwnerType.valueOf(type.toUpperCase());
        return scope(aggregateType, aggregateId, created, type, id,
                variablesSet(ownerType, owner, type + "-" + owner, 20, overrides));
    }

    private ScopeAt scope(String aggregateType, String aggregateId, Object created, String type, Object id,
                          VariablesSet variables) {
        ScopeAt scope = fold(new ScopeAt(null, null, null, ResourceState.NONE, new HashMap<>()), aggregateType,
                aggregateId, created);
        return fold(scope, aggregateType, aggregateId, variables).named(type, id);
    }

    private static VariablesSet variablesSet(OwnerType type, String id, String prefix, int count,
                                             Map<String, Object> overrides) {
        return new VariablesSet(new VariableOwner(type, id), PROJECT, variables(prefix, count, overrides));
    }

    /** {@code count} keys of the scope's own, a string, a number or a small object each, then the overrides. */
    private static Map<String, Object> variables(String prefix, int count, Map<String, Object> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; values.size() < count - overrides.size(); i++) {
            String key = prefix + "_" + i;
            values.put(key, switch (i % 3) {
                case 0 -> "value-" + i;
                case 1 -> i * 100;
                default -> Map.of("enabled", true, "limit", i);
            });
        }
        values.putAll(overrides);
        return values;
    }

    private ScopeAt fold(ScopeAt scope, String aggregateType, String aggregateId, Object payload) {
        position++;
        LedgerEvent event = new LedgerEvent(position, UUID.nameUUIDFromBytes(Long.toString(position).getBytes())
                .toString(), aggregateType, aggregateId, position, START.plusSeconds(position), payload,
                Map.of(LedgerMetadata.ACTOR_USERNAME, "bootstrap", LedgerMetadata.CHANGE_NOTE, "Commission row 7"),
                PROJECT.value(), "h" + position);
        return scope.after(event);
    }
}
