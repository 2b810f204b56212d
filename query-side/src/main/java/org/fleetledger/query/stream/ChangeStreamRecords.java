package org.fleetledger.query.stream;

import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.query.ledger.ChangeRecord;
import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.ledger.LedgerResourceType;
import org.fleetledger.query.ledger.ResourceState;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of the change stream for a run of events (spec §7): one per event, Debezium-like
 * ({@code op}, {@code before}, {@code after}, {@code source}, {@code ts_ms}) with the ledger's own
 * position, event id and type; after a delete, a tombstone under the same key when so configured;
 * and the snapshot records of resources as they stand.
 */
final class ChangeStreamRecords {

    static final int SCHEMA_VERSION = 1;
    private static final int INITIAL_BYTES = 2048;

    private final JsonMapper json = JsonMapper.builder().build();
    private final boolean tombstones;
    private final Clock clock;

    ChangeStreamRecords(boolean tombstones, Clock clock) {
        this.tombstones = tombstones;
        this.clock = clock;
    }

    List<StreamRecord> of(List<Transition> transitions) {
        List<StreamRecord> records = new ArrayList<>(transitions.size());
        for (Transition transition : transitions) {
            LedgerEvent event = transition.event();
            LedgerResourceType type = LedgerResourceType.ofAggregate(event.aggregateType());
            String id = type.resourceId(event.aggregateId());
            String key = key(type, id, event);
            String op = op(transition);
            records.add(new StreamRecord(key, event.eventId(), event.position(),
                    value(transition, type, id, op)));
            if (tombstones && op.equals("d")) {
                records.add(new StreamRecord(key, event.eventId(), event.position(), null));
            }
        }
        return records;
    }

    /**
     * A snapshot record ({@code op} {@code r}, as Debezium's): the resource as the fold of its events
     * made it, {@code before} null; its event id, position, type and source are those of {@code last},
     * the last event that changed it.
     */
    StreamRecord snapshot(LedgerEvent last, ResourceState state) {
        LedgerResourceType type = LedgerResourceType.ofAggregate(last.aggregateType());
        String id = type.resourceId(last.aggregateId());
        return new StreamRecord(key(type, id, last), last.eventId(), last.position(),
                value(new Transition(last, ResourceState.NONE, state), type, id, "r"));
    }

    /**
     * {@code <resource_type>:<id>}; labels and variable schemas are named within their project, so
     * their key carries the project too: {@code label:<project_id>:<name>}.
     */
    static String key(LedgerResourceType type, String id, LedgerEvent event) {
        return type == LedgerResourceType.LABEL || type == LedgerResourceType.VARIABLE_SCHEMA
                ? type.apiName() + ":" + event.projectId() + ":" + id
                : type.apiName() + ":" + id;
    }

    private static String op(Transition transition) {
        if (!transition.before().exists() && transition.after().exists()) {
            return "c";
        }
        return transition.after().exists() ? "u" : "d";
    }

    /** The record's JSON, written field by field in the order spec §7 shows. */
    private byte[] value(Transition transition, LedgerResourceType type, String id, String op) {
        LedgerEvent event = transition.event();
        ChangeRecord.Actor who = ChangeRecord.actorOf(event);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(INITIAL_BYTES);
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeNumberProperty("schema_version", SCHEMA_VERSION);
            out.writeStringProperty("event_id", event.eventId());
            out.writeNumberProperty("position", event.position());
            out.writeStringProperty("type", event.type());
            out.writeStringProperty("op", op);
            out.writeName("resource");
            out.writeStartObject();
            out.writeStringProperty("type", type.apiName());
            out.writeStringProperty("id", id);
            out.writeStringProperty("project_id", event.projectId() == null ? null : event.projectId().toString());
            out.writeEndObject();
            out.writeName("before");
            ResourceRepresentation.write(out, type, id, transition.before());
            out.writeName("after");
            ResourceRepresentation.write(out, type, id, transition.after());
            out.writeName("source");
            out.writeStartObject();
            out.writeName("actor");
            out.writeStartObject();
            out.writeName("user_id");
            if (who.userId() == null) {
                out.writeNull();
            } else {
                out.writeNumber(who.userId());
            }
            out.writeStringProperty("username", who.username());
            out.writeStringProperty("project_id", who.projectId());
            out.writeEndObject();
            out.writeStringProperty("note", event.meta(LedgerMetadata.CHANGE_NOTE));
            out.writeStringProperty("request_id", event.meta(LedgerMetadata.REQUEST_ID));
            out.writeStringProperty("correlation_id", event.meta(LedgerMetadata.CORRELATION_ID));
            out.writeStringProperty("occurred_at", event.occurredAt().toString());
            out.writeStringProperty("hash", event.hash());
            out.writeEndObject();
            out.writeNumberProperty("ts_ms", clock.millis());
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
