package org.fleetledger.query.stream;

import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
import tools.jackson.core.JsonGenerator;

import java.util.Map;
import java.util.Set;

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

    /** The names the representation writes itself. */
    private static final Set<String> OWN_NAMES = Set.of("id", "labels", "variables", "created_at", "updated_at");

    private ResourceRepresentation() {
    }

    /**
     * Writes the resource in {@code state}, or null when it does not exist there. A field its events
     * name like one of the representation's own ({@code id}, {@code labels}, {@code variables} and the
     * times) is left out: the representation's own value stands.
     */
    static void write(JsonGenerator out, LedgerResourceType type, String id, ResourceState state) {
        if (!state.exists()) {
            out.writeNull();
            return;
        }
        boolean device = type == LedgerResourceType.HOST || type == LedgerResourceType.NETWORK_DEVICE;
        out.writeStartObject();
        out.writeName("id");
        if (!id.isEmpty() && id.chars().allMatch(Character::isDigit)) {
            out.writeNumber(Long.parseLong(id));
        } else {
            out.writeString(id);
        }
        String ownId = OWN_ID.get(type);
        state.fields().forEach((name, value) -> {
            if (!name.equals(ownId) && !OWN_NAMES.contains(name)) {
                out.writeName(name);
                out.writeTree(value);
            }
        });
        if (device) {
            out.writeName("labels");
            out.writeStartArray();
            for (String label : state.labels()) {
                out.writeString(label);
            }
            out.writeEndArray();
        }
        out.writeName("variables");
        out.writeStartObject();
        state.variables().forEach((key, value) -> {
            out.writeName(key);
            out.writeTree(value);
        });
        out.writeEndObject();
        out.writeStringProperty("created_at", state.createdAt() == null ? null : state.createdAt().toString());
        out.writeStringProperty("updated_at", state.updatedAt() == null ? null : state.updatedAt().toString());
        out.writeEndObject();
    }
}
