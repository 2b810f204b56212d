package org.fleetledger.query.ledger;

import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariablesDeleted;

import java.util.HashMap;
import java.util.Map;

/**
 * One scope of a resolution order as it was at a position: what it is (its type as the API names it,
 * its id, its name), its state, and the event that set each of its variables.
 */
record ScopeAt(String type, Object id, String name, ResourceState state, Map<String, LedgerEvent> setters) {

    /** The scope after one more of its events. */
    ScopeAt after(LedgerEvent event) {
        ResourceState next = state.apply(event.payload(), event.occurredAt());
        Map<String, LedgerEvent> nextSetters = next.exists() ? new HashMap<>(setters) : new HashMap<>();
        SetsVariablesOnCreation.setBy(event.payload())
                .ifPresent(set -> set.values().keySet().forEach(key -> nextSetters.put(key, event)));
        if (event.payload() instanceof VariablesDeleted deleted) {
            deleted.keys().forEach(nextSetters::remove);
        }
        return new ScopeAt(type, id, name, next, nextSetters);
    }

    /** The same scope, known as {@code type} {@code id}; named after its {@code name} field, if any. */
    ScopeAt named(String scopeType, Object scopeId) {
        String scopeName = state.text("name");
        return new ScopeAt(scopeType, scopeId, scopeName == null ? String.valueOf(scopeId) : scopeName, state,
                setters);
    }

    /** This scope's value of a key, and the event that set it. */
    PastSetting setting(String key) {
        return new PastSetting(type, id, name, state.variables().get(key), setters.get(key));
    }
}
