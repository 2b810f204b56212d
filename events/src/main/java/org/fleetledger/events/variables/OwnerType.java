package org.fleetledger.events.variables;

/** The kinds of resource that own variables. */
public enum OwnerType {
    PROJECT,
    CLOUD,
    REGION,
    CELL,
    DEVICE,
    NETWORK,
    NETWORK_INTERFACE,
    /** A label of a project's devices: its id is {@code <project uuid>:<label>}. */
    LABEL
}
