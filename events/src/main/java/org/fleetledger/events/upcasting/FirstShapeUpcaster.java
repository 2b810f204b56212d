package org.fleetledger.events.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an event stored in its first shape (without a revision) as a later revision, by adding to its
 * stored JSON the fields that revision added, with the values they stand for in the older events.
 */
abstract class FirstShapeUpcaster extends SingleEventUpcaster {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final SimpleSerializedType firstShape;
    private final SimpleSerializedType revised;

    FirstShapeUpcaster(Class<?> event, String revision) {
        this.firstShape = new SimpleSerializedType(event.getName(), null);
        this.revised = new SimpleSerializedType(event.getName(), revision);
    }

    /** Adds the fields the revision added to an event of the first shape. */
    abstract void addFields(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(firstShape);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(revised, String.class, this::revise);
    }

    /** The stored JSON of the first shape with the fields the revision added. */
    String revise(String stored) {
        ObjectNode payload = (ObjectNode) JSON.readTree(stored);
        addFields(payload);
        return JSON.writeValueAsString(payload);
    }
}
