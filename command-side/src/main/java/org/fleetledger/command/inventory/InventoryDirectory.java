package org.fleetledger.command.inventory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree of inventory resources as the command side checks it: read and written in the command's
 * transaction, so a reference checked is a reference that holds when the command commits.
 */
public interface InventoryDirectory {

    Optional<InventoryNode> find(NodeKind kind, long id);

    void add(InventoryNode node);

    void remove(NodeKind kind, long id);

    /** How many resources of each kind hang below the given one; kinds with none are absent. */
    Map<NodeKind, Long> dependants(NodeKind kind, long id);

    /** Every resource below the given one, those deepest in the tree first (the order to delete them in). */
    List<InventoryNode> below(NodeKind kind, long id);
}
