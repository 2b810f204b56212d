package org.fleetledger.command.api;

import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.events.project.ProjectId;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who asks for a change and why: becomes the metadata of every event the change produces.
 * {@code actorUserId} and {@code changeNote} may be null (the system acting, no note sent).
 */
public record ChangeContext(Long actorUserId, String actorUsername, ProjectId actorProjectId, String changeNote,
                            String requestId, String correlationId) {

    public ChangeContext {
        Objects.requireNonNull(actorUsername, "actorUsername");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The context of a change the service makes on its own behalf, such as the bootstrap. */
    public static ChangeContext system(String requestId, String note) {
        return new ChangeContext(null, LedgerMetadata.SYSTEM_ACTOR, null, note, requestId, requestId);
    }

    public Map<String, Object> toMetaData() {
        Map<String, Object> metaData = new HashMap<>();
        if (actorUserId != null) {
            metaData.put(LedgerMetadata.ACTOR_USER_ID, actorUserId);
        }
        metaData.put(LedgerMetadata.ACTOR_USERNAME, actorUsername);
        if (actorProjectId != null) {
            metaData.put(LedgerMetadata.ACTOR_PROJECT_ID, actorProjectId.text());
        }
        if (changeNote != null) {
            metaData.put(LedgerMetadata.CHANGE_NOTE, changeNote);
        }
        metaData.put(LedgerMetadata.REQUEST_ID, requestId);
        metaData.put(LedgerMetadata.CORRELATION_ID, correlationId);
        return metaData;
    }
}
