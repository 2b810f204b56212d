package org.fleetledger.command.inventory;

/** The kinds of inventory resource, with the plural used when counting them in messages. */
public enum NodeKind {
    CLOUD("cloud", "clouds"),
    REGION("region", "regions"),
    CELL("cell", "cells");

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
}
