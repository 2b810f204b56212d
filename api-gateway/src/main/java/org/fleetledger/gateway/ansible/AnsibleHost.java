package org.fleetledger.gateway.ansible;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One host as the inventory places it: under its key (address or name), in its region's and cell's
 * groups and its labels' groups, with its resolved variables. {@code cellGroup} is null for a host
 * without a cell. {@code withAddress}: the key is not the address, so {@code ansible_host} carries it.
 */
record AnsibleHost(String key, String ipAddress, boolean withAddress, String regionGroup, String cellGroup,
                   List<String> labels, Map<String, JsonNode> variables) {
}
