package org.fleetledger.command.ledger;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson 3 serializer of events, which finds the class of each stored type name once. Axon's
 * own asks the class loader again for every event it reads, for its payload and for its metadata
 * (ADR 0046). A name whose class is not found is not kept: it is looked up again next time.
 */
final class EventSerializer extends Jackson3Serializer {

    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

    EventSerializer(Builder builder) {
        super(builder);
    }

    @Override
    public Class<?> classForType(SerializedType type) {
        Class<?> known = classes.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> found = super.classForType(type);
        if (found != UnknownSerializedType.class && found != Void.class) {
            classes.put(type.getName(), found);
        }
        return found;
    }
}
