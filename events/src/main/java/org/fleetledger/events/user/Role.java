package org.fleetledger.events.user;

/** What a user may do: root crosses projects, the others act inside their own project only. */
public enum Role {
    /** Every project: inventory, users and projects. */
    ROOT,
    /** Own project: inventory and users. */
    ADMIN,
    /** Own project: read and write inventory. */
    MEMBER,
    /** Own project: read only. */
    READER;

    public boolean mayWriteInventory() {
        return this != READER;
    }

    public boolean crossesProjects() {
        return this == ROOT;
    }
}
