package org.fleetledger.query.ledger;

import org.fleetledger.events.cell.CellDeleted;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
import org.fleetledger.events.device.NetworkDeviceDeleted;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.project.ProjectDeleted;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.user.UserDeleted;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableSchemaDeleted;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A resource as its events have made it up to some position: whether it exists, its fields (as its
 * events name them, in snake_case), its own variables and its labels. Built only by folding events.
 */
public record ResourceState(boolean exists, SortedMap<String, JsonNode> fields, SortedMap<String, JsonNode> variables,
                            SortedSet<String> labels, Instant createdAt, Instant updatedAt) {

    /** Before the first event, and after a delete. */
    public static final ResourceState NONE = new ResourceState(false, Collections.emptySortedMap(),
            Collections.emptySortedMap(), Collections.emptySortedSet(), null, null);

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Fields an event may carry that are not the resource's to show: a user's key hash. */
    private static final Set<String> HIDDEN_FIELDS = Set.of("api_key_hash");

    /** Where a creation carries its first variables (ADR 0062): they are the resource's variables, not a field. */
    private static final String CREATION_VARIABLES = "variables";

    private static final Set<Class<?>> DELETIONS = Set.of(ProjectDeleted.class, UserDeleted.class, CloudDeleted.class,
            RegionDeleted.class, CellDeleted.class, HostDeleted.class, NetworkDeviceDeleted.class,
            NetworkDeleted.class, NetworkInterfaceDeleted.class, VariableSchemaDeleted.class);

    /**
     * The state after one more event of this resource, which happened {@code at}: the first event
     * creates it, later changes of its fields update it.
     */
    public ResourceState apply(Object event, Instant at) {
        if (DELETIONS.contains(event.getClass())) {
            return NONE;
        }
        Instant created = exists ? createdAt : at;
        return switch (event) {
            case VariablesSet set -> {
                SortedMap<String, JsonNode> next = new TreeMap<>(variables);
                set.values().forEach((key, value) -> next.put(key, JSON.valueToTree(value)));
                yield new ResourceState(true, fields, next, labels, created, updatedAt);
            }
            case VariablesDeleted deleted -> {
                SortedMap<String, JsonNode> next = new TreeMap<>(variables);
                deleted.keys().forEach(next::remove);
                yield new ResourceState(true, fields, next, labels, created, updatedAt);
            }
            case LabelsAdded added -> {
                SortedSet<String> next = new TreeSet<>(labels);
                next.addAll(added.labels());
                yield new ResourceState(true, fields, variables, next, created, updatedAt);
            }
            case LabelsRemoved removed -> {
                SortedSet<String> next = new TreeSet<>(labels);
                removed.labels().forEach(next::remove);
                yield new ResourceState(true, fields, variables, next, created, updatedAt);
            }
            default -> withFields(event, at, created);
        };
    }

    /** The event's fields on top of these; a creation's variables, taken from the same tree, on top of these. */
    private ResourceState withFields(Object event, Instant at, Instant created) {
        SortedMap<String, JsonNode> next = new TreeMap<>(fields);
        ObjectNode payload = JSON.valueToTree(event);
        SortedMap<String, JsonNode> nextVariables = variables;
        if (event instanceof SetsVariablesOnCreation
                && payload.remove(CREATION_VARIABLES) instanceof ObjectNode set && !set.isEmpty()) {
            SortedMap<String, JsonNode> withCreation = new TreeMap<>(variables);
            set.properties().forEach(variable -> withCreation.put(variable.getKey(), variable.getValue()));
            nextVariables = withCreation;
        }
        payload.properties().forEach(field -> {
            if (!HIDDEN_FIELDS.contains(field.getKey())) {
                next.put(field.getKey(), field.getValue());
            }
        });
        return new ResourceState(true, next, nextVariables, labels, created, exists ? at : null);
    }

    /**
     * The fields read as a record whose components are named as the resource's events name them (the
     * state a restore brings back); fields the record does not have are left aside.
     */
    public <T> T fieldsAs(Class<T> type) {
        ObjectNode node = JSON.createObjectNode();
        fields.forEach(node::set);
        return JSON.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(node);
    }

    /** A field as text, or null when absent or JSON null. */
    public String text(String field) {
        JsonNode value = fields.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A field as a number, or null when absent or JSON null. */
    public Long number(String field) {
        JsonNode value = fields.get(field);
        return value == null || value.isNull() ? null : value.longValue();
    }

    /** The fields and variables whose values differ from {@code before}'s, and the labels added and removed. */
    public ResourceChanges since(ResourceState before) {
        return new ResourceChanges(ResourceChanges.differences(before.fields, fields),
                ResourceChanges.differences(before.variables, variables),
                difference(labels, before.labels), difference(before.labels, labels));
    }

    private static SortedSet<String> difference(Set<String> these, Set<String> without) {
        SortedSet<String> left = new TreeSet<>(these);
        left.removeAll(without);
        return left;
    }
}
