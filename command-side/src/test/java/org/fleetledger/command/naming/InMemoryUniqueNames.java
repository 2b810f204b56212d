package org.fleetledger.command.naming;

import org.fleetledger.command.api.NameTakenException;

import java.util.HashMap;
import java.util.List;
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
    public List<String> owners(NameRule rule, String scope) {
        String prefix = rule + "/" + scope + "/";
        return owners.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .sorted().toList();
    }

    @Override
    public void release(NameRule rule, String scope, String name) {
        owners.remove(key(rule, scope, name));
    }

    private static String key(NameRule rule, String scope, String name) {
        return rule + "/" + scope + "/" + name;
    }
}
