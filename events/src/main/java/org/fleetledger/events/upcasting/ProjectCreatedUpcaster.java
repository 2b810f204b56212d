package org.fleetledger.events.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.fleetledger.events.project.ProjectCreated;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ProjectCreated} without a revision (before {@code requireChangeNote}) to revision 2: a project
 * created then did not require change notes.
 */
public final class ProjectCreatedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType FIRST_SHAPE = new SimpleSerializedType(ProjectCreated.class.getName(), null);
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
        return representation.upcastPayload(new SimpleSerializedType(ProjectCreated.class.getName(), REVISION),
                String.class, ProjectCreatedUpcaster::addRequireChangeNote);
    }

    /** The stored JSON of the first shape with the field the second shape added. */
    static String addRequireChangeNote(String firstShape) {
        ObjectNode payload = (ObjectNode) JSON.readTree(firstShape);
        payload.put("requireChangeNote", false);
        return JSON.writeValueAsString(payload);
    }
}
