package org.fleetledger.query.ledger;

import org.fleetledger.query.support.ProjectFilter;

import java.time.OffsetDateTime;

/**
 * A page of the change feed: the caller's projects, optional filters (a resource type, with it a
 * resource id; an actor's username; a time window, since inclusive and until exclusive), the position
 * after which the page starts and its length.
 */
public record ChangeFeedQuery(ProjectFilter visible, LedgerResourceType resourceType, String resourceId, String actor,
                              OffsetDateTime since, OffsetDateTime until, long afterPosition, int limit) {
}
