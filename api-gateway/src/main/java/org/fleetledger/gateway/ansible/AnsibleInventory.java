package org.fleetledger.gateway.ansible;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON document Ansible reads from a dynamic inventory: {@code all} with every host,
 * {@code _meta.hostvars} with each host's resolved variables, a group per region (its cells as
 * children, its own variables), per cell ({@code <region>-<cell>}, the cell's own variables) and per
 * label (the label's variables). Groups that end up with the same name are merged; the variables of
 * the first one (region, then cell, then label) are kept. Keys are sorted, as Ansible prints them.
 */
final class AnsibleInventory {

    /** Group names Ansible reserves: a region, cell or label with such a name gets no group of its own. */
    private static final List<String> RESERVED = List.of("all", "_meta", "ungrouped");

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<AnsibleHost> hosts = new ArrayList<>();
    private final Comparator<AnsibleHost> hostOrder;

    /** @param hostOrder the order of {@code all.hosts}: by address value, or by name */
    AnsibleInventory(Comparator<AnsibleHost> hostOrder) {
        this.hostOrder = hostOrder;
    }

    /** A region's group, with every cell of the region as a child (cells without selected hosts too). */
    void region(String name, List<String> cellGroups, Map<String, JsonNode> variables) {
        group(name, variables).children.addAll(cellGroups);
    }

    void cell(String name, Map<String, JsonNode> variables) {
        group(name, variables);
    }

    void label(String name, Map<String, JsonNode> variables) {
        group(name, variables);
    }

    void host(AnsibleHost host) {
        hosts.add(host);
        // a host without a cell belongs to its region directly, so the region's group reaches all its hosts
        addHost(host.cellGroup() == null ? host.regionGroup() : host.cellGroup(), host.key());
        host.labels().forEach(label -> addHost(label, host.key()));
    }

    Map<String, Object> document() {
        Map<String, Object> document = new TreeMap<>();
        List<String> all = hosts.stream().sorted(hostOrder).map(AnsibleHost::key).toList();
        Map<String, Map<String, JsonNode>> hostvars = new TreeMap<>();
        for (AnsibleHost host : hosts) {
            Map<String, JsonNode> variables = new TreeMap<>(host.variables());
            if (host.withAddress()) {
                variables.put("ansible_host", StringNode.valueOf(host.ipAddress()));
            }
            hostvars.put(host.key(), variables);
        }
        groups.forEach((name, group) -> document.put(name,
                new AnsibleGroup(group.hosts, group.children, group.variables)));
        document.put("all", new AnsibleGroup(all, List.of(), Map.of()));
        document.put("_meta", Map.of("hostvars", hostvars));
        return document;
    }

    private Group group(String name, Map<String, JsonNode> variables) {
        if (RESERVED.contains(name)) {
            return new Group(variables);
        }
        return groups.computeIfAbsent(name, absent -> new Group(variables));
    }

    private void addHost(String groupName, String hostKey) {
        if (!RESERVED.contains(groupName)) {
            groups.computeIfAbsent(groupName, absent -> new Group(Map.of())).hosts.add(hostKey);
        }
    }

    private static final class Group {
        private final SortedSet<String> hosts = new TreeSet<>();
        private final SortedSet<String> children = new TreeSet<>();
        private final Map<String, JsonNode> variables;

        private Group(Map<String, JsonNode> variables) {
            this.variables = new TreeMap<>(variables);
        }
    }
}
