package org.fleetledger.events;

/**
 * Keys of the metadata every stored event carries. They are part of the published language:
 * history, the change feed and the Kafka records read them by these names.
 */
public final class LedgerMetadata {

    /** Id of the authenticated user who caused the event; absent for the system itself. */
    public static final String ACTOR_USER_ID = "actor_user_id";
    /** Username of the actor at the time of the event, kept even after the user is deleted. */
    public static final String ACTOR_USERNAME = "actor_username";
    /** Project the actor authenticated with. */
    public static final String ACTOR_PROJECT_ID = "actor_project_id";
    /** The change note sent in {@code X-Change-Note}; absent when none was sent. */
    public static final String CHANGE_NOTE = "change_note";
    /** The request id ({@code X-Request-ID}, or generated). */
    public static final String REQUEST_ID = "request_id";
    /** Shared by every event caused by one request. Axon's own key, so that it propagates. */
    public static final String CORRELATION_ID = "correlationId";

    /** Username recorded for changes the service makes on its own, such as the bootstrap. */
    public static final String SYSTEM_ACTOR = "system";

    private LedgerMetadata() {
    }
}
