package org.fleetledger.events.upcasting;

import org.fleetledger.events.variables.SetsVariablesOnCreation;
import tools.jackson.databind.node.ObjectNode;

/**
 * A creation event without a revision (before its {@code variables}) to revision 2: a resource created
 * then set no variables in its creation; they followed as their own event (ADR 0062). One instance per
 * creation event that carries variables.
 */
public final class CreationVariablesUpcaster extends FirstShapeUpcaster {

    public CreationVariablesUpcaster(Class<? extends SetsVariablesOnCreation> creation) {
        super(creation, "2");
    }

    @Override
    void addFields(ObjectNode payload) {
        payload.putObject("variables");
    }
}
