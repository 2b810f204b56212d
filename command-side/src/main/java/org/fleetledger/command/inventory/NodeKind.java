package org.fleetledger.command.inventory;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of inventory resource, with the plural used when counting them in messages. */
public enum NodeKind {
    CLOUD("cloud", "clouds"),
    REGION("region", "regions"),
    CELL("cell", "cells"),
    HOST("host", "hosts"),
    NETWORK_DEVICE("network device", "network devices"),
    NETWORK("network", "networks"),
    NETWORK_INTERFACE("network interface", "network interfaces");

    /** Hosts and network devices: one id space, linked to each other by parent ids. */
    public static final Set<NodeKind> DEVICES = EnumSet.of(HOST, NETWORK_DEVICE);

    private final String singular;
    private final String plural;

    NodeKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String count(long n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public String singular() {
        return singular;
    }

    public boolean isDevice() {
        return DEVICES.contains(this);
    }
}
