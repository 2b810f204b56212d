package org.fleetledger.command.schema;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.fleetledger.command.api.SchemaViolationException;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariablesSet;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every variables write, a creation's variables included, against the project's schemas as its
 * transaction dispatches its events, whatever the scope (any resource, a label): a value that breaks its
 * key's schema rejects the transaction, which stores nothing.
 * <p>
 * Axon dispatches a transaction's events together as it commits, a write group's (ADR 0036) as one
 * list: the schemas of all the keys they set are read once per project, not once per event (ADR 0037).
 */
@Component
class VariableSchemaEnforcer {

    VariableSchemaEnforcer(EventBus eventBus, VariableSchemas schemas) {
        eventBus.registerDispatchInterceptor(messages -> {
            check(messages, schemas);
            return (index, message) -> message;
        });
    }

    private static void check(List<? extends EventMessage<?>> messages, VariableSchemas schemas) {
        Map<ProjectId, List<VariablesSet>> byProject = new LinkedHashMap<>();
        for (EventMessage<?> message : messages) {
            SetsVariablesOnCreation.setBy(message.getPayload()).ifPresent(set ->
                    byProject.computeIfAbsent(set.projectId(), project -> new ArrayList<>()).add(set));
        }
        List<String> problems = new ArrayList<>();
        byProject.forEach((project, sets) -> {
            Set<String> keys = new HashSet<>();
            sets.forEach(set -> keys.addAll(set.values().keySet()));
            Map<String, String> byKey = schemas.of(project, keys);
            if (!byKey.isEmpty()) {
                sets.forEach(set -> problems.addAll(violations(set, byKey)));
            }
        });
        if (!problems.isEmpty()) {
            throw new SchemaViolationException(String.join("; ", problems.stream().sorted().toList()));
        }
    }

    private static List<String> violations(VariablesSet set, Map<String, String> byKey) {
        List<String> problems = new ArrayList<>();
        set.values().forEach((key, value) -> {
            String schema = byKey.get(key);
            if (schema != null) {
                SchemaCheck.violations(schema, value).forEach(rule -> problems.add("'" + key + "' of "
                        + set.owner().type().name().toLowerCase().replace('_', '-') + " " + set.owner().id()
                        + " breaks its schema: " + rule));
            }
        });
        return problems;
    }
}
