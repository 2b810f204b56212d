package org.fleetledger.gateway.ansible;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Collection;

/** An Ansible group: its hosts, its child groups and its variables; empty host or child lists are left out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record AnsibleGroup(Collection<String> hosts, Collection<String> children,
                    @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, JsonNode> vars) {
}
