package org.fleetledger.events.variables;

import java.util.Optional;

/**
 * A creation event that also sets its resource's first own variables, which a separate
 * {@link VariablesSet} recorded before (ADR 0062). Everything that follows variables reads both kinds
 * through {@link #setBy(Object)}.
 */
public interface SetsVariablesOnCreation {

    /** The variables the creation set, as the {@link VariablesSet} they stand for; empty when it set none. */
    Optional<VariablesSet> variablesSet();

    /** The variables an event sets: a {@link VariablesSet} itself, or those of a creation that carries them. */
    static Optional<VariablesSet> setBy(Object event) {
        return switch (event) {
            case VariablesSet set -> Optional.of(set);
            case SetsVariablesOnCreation creation -> creation.variablesSet();
            default -> Optional.empty();
        };
    }
}
