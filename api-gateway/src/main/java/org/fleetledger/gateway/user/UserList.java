package org.fleetledger.gateway.user;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/users}. */
record UserList(List<UserBody> users, List<Link> links) {
}
