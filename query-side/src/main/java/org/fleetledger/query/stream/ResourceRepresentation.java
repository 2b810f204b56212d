package org.fleetledger.query.stream;

import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A resource as a change record shows it in {@code before} and {@code after}: its {@code id}, its
 * fields as the API names them, its own variables, a device's labels, and its times.
 */
final class ResourceRepresentation {

    /** The field each type's events name the resource's own id with; it shows as {@code id}. */
    private static final Map<LedgerResourceType, String> OWN_ID = Map.of(
            LedgerResourceType.PROJECT, "project_id",
            LedgerResourceType.USER, "user_id",
            LedgerResourceType.CLOUD, "cloud_id",
            LedgerResourceType.REGION, "region_id",
            LedgerResourceType.CELL, "cell_id",
            LedgerResourceType.HOST, "device_id",
            LedgerResourceType.NETWORK_DEVICE, "device_id",
            LedgerResourceType.NETWORK, "network_id",
            LedgerResourceType.NETWORK_INTERFACE, "interface_id");

    private ResourceRepresentation() {
    }

    /** The resource in {@code state}, or null when it does not exist there. */
    static ObjectNode of(JsonMapper json, LedgerResourceType type, String id, ResourceState state) {
        if (!state.exists()) {
            return null;
        }
        ObjectNode node = json.createObjectNode();
        if (id.chars().allMatch(Character::isDigit)) {
            node.put("id", Long.parseLong(id));
        } else {
            node.put("id", id);
        }
        String ownId = OWN_ID.get(type);
        state.fields().forEach((name, value) -> {
            if (!name.equals(ownId)) {
                node.set(name, value);
            }
        });
        if (type == LedgerResourceType.HOST || type == LedgerResourceType.NETWORK_DEVICE) {
            ArrayNode labels = node.putArray("labels");
            state.labels().forEach(labels::add);
        }
        ObjectNode variables = node.putObject("variables");
        state.variables().forEach(variables::set);
        node.put("created_at", state.createdAt() == null ? null : state.createdAt().toString());
        node.put("updated_at", state.updatedAt() == null ? null : state.updatedAt().toString());
        return node;
    }
}
