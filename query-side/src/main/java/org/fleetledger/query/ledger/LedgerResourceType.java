package org.fleetledger.query.ledger;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The kinds of resource whose changes the ledger reports: the name records and filters use, the
 * aggregate type the log stores, and how an aggregate identifier is made from the resource's id.
 */
public enum LedgerResourceType {
    PROJECT("project", "Project", "project:"),
    USER("user", "User", "user:"),
    CLOUD("cloud", "Cloud", "cloud:"),
    REGION("region", "Region", "region:"),
    CELL("cell", "Cell", "cell:"),
    HOST("host", "Host", "host:"),
    NETWORK_DEVICE("network_device", "NetworkDevice", "network-device:"),
    NETWORK("network", "Network", "network:"),
    NETWORK_INTERFACE("network_interface", "NetworkInterface", "network-interface:"),
    LABEL("label", "LabelScope", "label:"),
    VARIABLE_SCHEMA("variable_schema", "VariableSchema", "variable-schema:");

    /** Every type by its aggregate's type name: each event the stream and history read looks its type up. */
    private static final Map<String, LedgerResourceType> BY_AGGREGATE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(type -> type.aggregateType, type -> type));

    private final String apiName;
    private final String aggregateType;
    private final String idPrefix;

    LedgerResourceType(String apiName, String aggregateType, String idPrefix) {
        this.apiName = apiName;
        this.aggregateType = aggregateType;
        this.idPrefix = idPrefix;
    }

    public String apiName() {
        return apiName;
    }

    String aggregateType() {
        return aggregateType;
    }

    /** The aggregate identifier of a resource of this type with this id. */
    String aggregateId(String id) {
        return idPrefix + id;
    }

    /**
     * The aggregate identifier of a resource of this type named {@code id} in requests of {@code project}:
     * labels and variable schemas are named within their project.
     */
    public String aggregateId(String id, UUID project) {
        return this == LABEL || this == VARIABLE_SCHEMA ? aggregateId(project + ":" + id) : aggregateId(id);
    }

    /**
     * The resource id an aggregate identifier stands for: the number or UUID; for a label or a variable
     * schema, its name within its project.
     */
    public String resourceId(String aggregateId) {
        String id = aggregateId.substring(idPrefix.length());
        return this == LABEL || this == VARIABLE_SCHEMA ? id.substring(id.indexOf(':') + 1) : id;
    }

    /** The type named {@code apiName} in requests ({@code host}, {@code network_device} ...). */
    public static Optional<LedgerResourceType> named(String apiName) {
        return Arrays.stream(values()).filter(type -> type.apiName.equals(apiName)).findFirst();
    }

    public static LedgerResourceType ofAggregate(String aggregateType) {
        LedgerResourceType type = BY_AGGREGATE.get(aggregateType);
        if (type == null) {
            throw new IllegalStateException("no resource type for aggregate " + aggregateType);
        }
        return type;
    }
}
