package org.fleetledger.events.upcasting;

import org.fleetledger.events.device.HostCreated;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link HostCreated} without a revision (before its {@code variables}) to revision 2: a host created then
 * set no variables in its creation; they followed as their own event (ADR 0062).
 */
public final class HostCreatedUpcaster extends FirstShapeUpcaster {

    public HostCreatedUpcaster() {
        super(HostCreated.class, "2");
    }

    @Override
    void addFields(ObjectNode payload) {
        payload.putObject("variables");
    }
}
