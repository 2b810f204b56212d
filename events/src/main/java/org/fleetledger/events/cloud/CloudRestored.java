package org.fleetledger.events.cloud;

import org.fleetledger.events.project.ProjectId;

import java.util.Map;

/**
 * A deleted cloud came back, with the fields it had when it was deleted; its variables follow as their
 * own event. {@code note} may be null.
 */
public record CloudRestored(CloudId cloudId, ProjectId projectId, String name, String note) implements CloudEvent {

    /** The cloud as a read model sees it arrive: as if it were created now with these fields. */
    public CloudCreated asCreated() {
        return new CloudCreated(cloudId, projectId, name, note, Map.of());
    }
}
