package org.fleetledger.events.project;

import org.axonframework.serialization.Revision;

/**
 * A project came into being. Project names are not unique (as in Craton). {@code requireChangeNote}:
 * every write in the project must carry a change note.
 *
 * <p>Revision 2 added {@code requireChangeNote}; events stored without a revision read as {@code false}
 * through {@code ProjectCreatedUpcaster}.
 */
@Revision("2")
public record ProjectCreated(ProjectId projectId, String name, boolean requireChangeNote) implements ProjectEvent {
}
