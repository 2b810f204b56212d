package org.fleetledger.gateway.project;

import org.fleetledger.gateway.http.Link;

import java.util.List;

/** The list envelope of {@code GET /v1/projects}. */
record ProjectList(List<ProjectBody> projects, List<Link> links) {
}
