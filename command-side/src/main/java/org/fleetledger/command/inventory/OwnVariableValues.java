package org.fleetledger.command.inventory;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * An aggregate's own variables as its events left them (ADR 0042), so that a variables write answers
 * them without reading the read model. Each aggregate that owns variables holds one as an
 * {@code @AggregateMember}, which Axon hands the aggregate's variable events, and clears it when it is
 * deleted, as the variables read model does.
 */
public final class OwnVariableValues {

    private final Map<String, Object> values = new HashMap<>();

    @EventSourcingHandler
    void on(VariablesSet event) {
        values.putAll(event.values());
    }

    @EventSourcingHandler
    void on(SetsVariablesOnCreation event) {
        event.variablesSet().ifPresent(this::on);
    }

    @EventSourcingHandler
    void on(VariablesDeleted event) {
        event.keys().forEach(values::remove);
    }

    public void clear() {
        values.clear();
    }

    /** The variables now, as a write's answer; a copy, since later events change these. */
    public VariablesAfterWrite answer() {
        return new VariablesAfterWrite(Collections.unmodifiableMap(new HashMap<>(values)));
    }
}
