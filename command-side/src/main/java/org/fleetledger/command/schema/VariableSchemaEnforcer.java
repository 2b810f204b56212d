package org.fleetledger.command.schema;

import org.axonframework.eventhandling.EventBus;
import org.fleetledger.command.api.SchemaViolationException;
import org.fleetledger.events.variables.VariablesSet;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every variables write against the project's schemas as its event is applied, whatever the
 * scope (any resource, a label): a value that breaks its key's schema rejects the whole command, and
 * its transaction stores nothing.
 */
@Component
class VariableSchemaEnforcer {

    VariableSchemaEnforcer(EventBus eventBus, VariableSchemas schemas) {
        eventBus.registerDispatchInterceptor(messages -> {
            messages.forEach(message -> {
                if (message.getPayload() instanceof VariablesSet set) {
                    check(set, schemas);
                }
            });
            return (index, message) -> message;
        });
    }

    private static void check(VariablesSet set, VariableSchemas schemas) {
        Map<String, String> byKey = schemas.of(set.projectId(), set.values().keySet());
        List<String> problems = new ArrayList<>();
        byKey.forEach((key, schema) -> SchemaCheck.violations(schema, set.values().get(key)).forEach(rule ->
                problems.add("'" + key + "' of " + set.owner().type().name().toLowerCase().replace('_', '-') + " "
                        + set.owner().id() + " breaks its schema: " + rule)));
        if (!problems.isEmpty()) {
            throw new SchemaViolationException(String.join("; ", problems.stream().sorted().toList()));
        }
    }
}
