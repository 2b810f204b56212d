package org.fleetledger.events.variables;

import org.fleetledger.events.project.ProjectId;

import java.util.Map;
import java.util.Optional;

/**
 * A creation event that also sets its resource's first own variables, which a separate
 * {@link VariablesSet} recorded before (ADR 0062, ADR 0063). Everything that follows variables reads
 * both kinds through {@link #setBy(Object)}.
 */
public interface SetsVariablesOnCreation {

    /** The resource the event creates, as the owner of its variables. */
    VariableOwner owner();

    ProjectId projectId();

    /** The variables the creation set; empty when it set none. */
    Map<String, Object> variables();

    /** The variables the creation set, as the {@link VariablesSet} they stand for; empty when it set none. */
    default Optional<VariablesSet> variablesSet() {
        return variables().isEmpty() ? Optional.empty()
                : Optional.of(new VariablesSet(owner(), projectId(), variables()));
    }

    /** The variables an event sets: a {@link VariablesSet} itself, or those of a creation that carries them. */
    static Optional<VariablesSet> setBy(Object event) {
        return switch (event) {
            case VariablesSet set -> Optional.of(set);
            case SetsVariablesOnCreation creation -> creation.variablesSet();
            default -> Optional.empty();
        };
    }
}
