package org.fleetledger.command.ledger;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.project.ProjectId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The events' serializer answers as Axon's does, each stored type name looked up once. */
class EventSerializerTest {

    private final EventSerializer serializer = new EventSerializer(Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .converter(new ChainingConverter(getClass().getClassLoader())));

    @Test
    void readsBackWhatItWrote() {
        LabelsAdded event = new LabelsAdded(DeviceId.of(42), ProjectId.of("3f1c2a9e-8b47-4d2e-9a55-0c6de1f4b7a2"),
                List.of("compute", "gpu"));
        SerializedObject<String> stored = serializer.serialize(event, String.class);
        assertThat(serializer.classForType(stored.getType())).isEqualTo(LabelsAdded.class);
        assertThat(serializer.<String, LabelsAdded>deserialize(stored)).isEqualTo(event);
        assertThat(serializer.<String, LabelsAdded>deserialize(stored)).isEqualTo(event);
    }

    @Test
    void answersForTypesItCannotFindAsAxonDoes() {
        assertThat(serializer.classForType(new SimpleSerializedType("org.fleetledger.events.NoSuchEvent", null)))
                .isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
        assertThat(serializer.classForType(new SimpleSerializedType(LabelsAdded.class.getName(), null)))
                .isEqualTo(LabelsAdded.class);
    }
}
