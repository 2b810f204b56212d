package org.fleetledger.events.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.fleetledger.events.device.HostCreated;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link HostCreated} without a revision (before its {@code variables}) to revision 2: a host created then
 * set no variables in its creation; they followed as their own event (ADR 0062).
 */
public final class HostCreatedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType FIRST_SHAPE = new SimpleSerializedType(HostCreated.class.getName(), null);
    private static final String REVISION = "2";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(FIRST_SHAPE);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(HostCreated.class.getName(), REVISION),
                String.class, HostCreatedUpcaster::addNoVariables);
    }

    /** The stored JSON of the first shape with the field the second shape added, empty. */
    static String addNoVariables(String firstShape) {
        ObjectNode payload = (ObjectNode) JSON.readTree(firstShape);
        payload.putObject("variables");
        return JSON.writeValueAsString(payload);
    }
}
