package org.fleetledger.command.ledger;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.fleetledger.events.LedgerMetadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the change's metadata (actor, note, request and correlation ids) from a command onto its events.
 * An event passes nothing on: the read models' processors publish no messages, and reading an event's
 * metadata there would deserialize it once per processor for nothing.
 */
final class LedgerCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> KEYS = List.of(
            LedgerMetadata.ACTOR_USER_ID,
            LedgerMetadata.ACTOR_USERNAME,
            LedgerMetadata.ACTOR_PROJECT_ID,
            LedgerMetadata.CHANGE_NOTE,
            LedgerMetadata.REQUEST_ID,
            LedgerMetadata.CORRELATION_ID);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof EventMessage<?>) {
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        for (String key : KEYS) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        return data;
    }
}
