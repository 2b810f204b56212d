package org.fleetledger.command.naming;

/**
 * The names that must be unique, each within its own scope, with the message a client gets when a
 * name is taken (Craton's wording where Craton had one).
 */
public enum NameRule {
    /** Cloud names, per project. */
    CLOUD_IN_PROJECT("A cloud with the given name already exists."),
    /** Region names, per cloud. */
    REGION_IN_CLOUD("A region with the given name already exists."),
    /** Cell names, per region. */
    CELL_IN_REGION("A cell with the given name already exists."),
    /** Device names, per region, across hosts and network devices together. */
    DEVICE_IN_REGION("A device with the given name already exists."),
    /** Network names, per region (a region lies in one project). */
    NETWORK_IN_REGION("Network with the given name already exists in this region."),
    /** Interface names, per device. */
    INTERFACE_ON_DEVICE("A network interface with the given name already exists on this device."),
    /** Usernames, per project. */
    USERNAME_IN_PROJECT("A user with the given username already exists in this project.");

    private final String takenMessage;

    NameRule(String takenMessage) {
        this.takenMessage = takenMessage;
    }

    public String takenMessage() {
        return takenMessage;
    }
}
