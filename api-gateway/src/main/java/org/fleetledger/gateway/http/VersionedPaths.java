package org.fleetledger.gateway.http;

import org.fleetledger.command.api.LabelScopes;
import org.fleetledger.command.api.SetVariableSchemaCommand;
import org.fleetledger.events.project.ProjectId;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which aggregate a resource's path names. Its version (the sequence number of its last event) is the
 * resource's {@code ETag}, shared by the resource and its variables, labels and settings.
 */
final class VersionedPaths {

    private static final Map<String, String> PREFIXES = Map.of(
            "projects", "project:", "users", "user:", "clouds", "cloud:", "regions", "region:", "cells", "cell:",
            "hosts", "host:", "network-devices", "network-device:", "networks", "network:",
            "network-interfaces", "network-interface:");
    private static final Pattern RESOURCE = Pattern.compile(
            "/v1/(projects|users|clouds|regions|cells|hosts|network-devices|networks|network-interfaces)"
                    + "/([^/]+)(?:/variables|/labels|/settings)?");
    private static final Pattern LABEL = Pattern.compile("/v1/labels/([^/]+)/variables");
    private static final Pattern SCHEMA = Pattern.compile("/v1/variable-schemas/([^/]+)");

    private VersionedPaths() {
    }

    /** The aggregate identifier a path names, for a caller of {@code project}; empty for other paths. */
    static Optional<String> aggregateOf(String path, UUID project) {
        Matcher resource = RESOURCE.matcher(path);
        if (resource.matches()) {
            return Optional.of(PREFIXES.get(resource.group(1)) + decoded(resource.group(2)));
        }
        Matcher label = LABEL.matcher(path);
        if (label.matches()) {
            return Optional.of(LabelScopes.aggregateIdentifier(new ProjectId(project), decoded(label.group(1))));
        }
        Matcher schema = SCHEMA.matcher(path);
        if (schema.matches()) {
            return Optional.of(SetVariableSchemaCommand.aggregateIdentifier(new ProjectId(project),
                    decoded(schema.group(1))));
        }
        return Optional.empty();
    }

    private static String decoded(String segment) {
        return UriUtils.decode(segment, StandardCharsets.UTF_8);
    }
}
