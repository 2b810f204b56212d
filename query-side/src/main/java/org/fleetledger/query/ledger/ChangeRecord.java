package org.fleetledger.query.ledger;

import org.fleetledger.events.LedgerMetadata;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as history and the change feed report it: where it sits in the log, what it was, who made
 * it with which note and request, which resource it changed, and the changes themselves.
 */
public record ChangeRecord(long position, String eventId, String type, Instant occurredAt, Actor actor, String note,
                           String requestId, String correlationId, Resource resource, ResourceChanges changes) {

    /** Who caused the event; {@code userId} is null for changes the service made itself. */
    public record Actor(Long userId, String username, String projectId) {
    }

    /** The resource an event belongs to. */
    public record Resource(String type, String id, UUID projectId) {
    }

    /** Who caused {@code event}, from its metadata. */
    public static Actor actorOf(LedgerEvent event) {
        String userId = event.meta(LedgerMetadata.ACTOR_USER_ID);
        return new Actor(userId == null ? null : Long.valueOf(userId), event.meta(LedgerMetadata.ACTOR_USERNAME),
                event.meta(LedgerMetadata.ACTOR_PROJECT_ID));
    }

    /** The record of {@code event}, which made {@code changes}. */
    static ChangeRecord of(LedgerEvent event, ResourceChanges changes) {
        LedgerResourceType type = LedgerResourceType.ofAggregate(event.aggregateType());
        return new ChangeRecord(event.position(), event.eventId(), event.type(), event.occurredAt(), actorOf(event),
                event.meta(LedgerMetadata.CHANGE_NOTE), event.meta(LedgerMetadata.REQUEST_ID),
                event.meta(LedgerMetadata.CORRELATION_ID),
                new Resource(type.apiName(), type.resourceId(event.aggregateId()), event.projectId()), changes);
    }
}
