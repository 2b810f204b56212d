package org.fleetledger.command.naming;

import org.fleetledger.command.api.NameTakenException;

import java.util.HashMap;
import java.util.Map;

/** The uniqueness rule without a database, for aggregate fixtures; the real table is tested over HTTP. */
public class InMemoryUniqueNames implements UniqueNames {

    private final Map<String, String> owners = new HashMap<>();

    @Override
    public void claim(NameRule rule, String scope, String name, String owner) {
        String holder = owners.putIfAbsent(key(rule, scope, name), owner);
        if (holder != null && !holder.equals(owner)) {
            throw new NameTakenException(rule.takenMessage());
        }
    }

    @Override
    public void release(NameRule rule, String scope, String name) {
        owners.remove(key(rule, scope, name));
    }

    private static String key(NameRule rule, String scope, String name) {
        return rule + "/" + scope + "/" + name;
    }
}
