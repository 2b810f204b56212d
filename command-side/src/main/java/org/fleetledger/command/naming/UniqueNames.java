package org.fleetledger.command.naming;

import java.util.List;

/**
 * Set-based uniqueness: a claim per name, written in the command's own transaction, so that two
 * concurrent commands cannot both take a name and a command that fails later gives its claim back
 * by rolling back.
 */
public interface UniqueNames {

    /**
     * Claims {@code name} within {@code scope} (a project id, a region id...) for {@code owner};
     * throws {@code NameTakenException} with the rule's message when another owner holds it.
     * Claiming a name one already holds succeeds.
     */
    void claim(NameRule rule, String scope, String name, String owner);

    /** Gives a name back; releasing a name not held changes nothing. */
    void release(NameRule rule, String scope, String name);

    /** The owners of every name claimed under a rule within a scope (for example: a project's users). */
    List<String> owners(NameRule rule, String scope);

    /** Moves {@code owner} from one name to another within the scope; nothing happens when they are equal. */
    default void rename(NameRule rule, String scope, String from, String to, String owner) {
        if (!from.equals(to)) {
            claim(rule, scope, to, owner);
            release(rule, scope, from);
        }
    }
}
