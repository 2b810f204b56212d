package org.fleetledger.gateway.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fleetledger.query.ledger.ChangeRecord;
import org.fleetledger.query.ledger.ResourceChanges;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A change record in history and the change feed (spec §5). */
record ChangeRecordBody(long position, String eventId, String type, Instant occurredAt, ChangeRecord.Actor actor,
                        String note, String requestId, String correlationId, ChangeRecord.Resource resource,
                        ChangesBody changes) {

    /**
     * Before and after of each changed field and variable; labels added and removed, where labels
     * changed. A side that did not exist is left out: {@code {"after": 1}} is a key that was added.
     */
    record ChangesBody(SortedMap<String, ChangeBody> fields, SortedMap<String, ChangeBody> variables,
                       @JsonInclude(JsonInclude.Include.NON_NULL) LabelChangesBody labels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeBody(JsonNode before, JsonNode after) {
    }

    record LabelChangesBody(List<String> added, List<String> removed) {
    }

    static ChangeRecordBody of(ChangeRecord record) {
        ResourceChanges changes = record.changes();
        boolean labelsChanged = !changes.labelsAdded().isEmpty() || !changes.labelsRemoved().isEmpty();
        return new ChangeRecordBody(record.position(), record.eventId(), record.type(), record.occurredAt(),
                record.actor(), record.note(), record.requestId(), record.correlationId(), record.resource(),
                new ChangesBody(bodies(changes.fields()), bodies(changes.variables()),
                        labelsChanged ? new LabelChangesBody(List.copyOf(changes.labelsAdded()),
                                List.copyOf(changes.labelsRemoved())) : null));
    }

    private static SortedMap<String, ChangeBody> bodies(Map<String, ResourceChanges.Change> changes) {
        SortedMap<String, ChangeBody> bodies = new TreeMap<>();
        changes.forEach((key, change) -> bodies.put(key, new ChangeBody(change.before(), change.after())));
        return bodies;
    }
}
