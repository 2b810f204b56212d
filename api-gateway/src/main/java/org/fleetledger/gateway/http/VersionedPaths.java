package org.fleetledger.gateway.http;

import org.fleetledger.query.ledger.LedgerResourceType;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which aggregate a resource's path names. Its version (the sequence number of its last event) is the
 * resource's {@code ETag}, shared by the resource and its variables, labels and settings.
 */
final class VersionedPaths {

    private static final Pattern RESOURCE = Pattern.compile("/v1/([a-z-]+)/([^/]+)(?:/variables|/labels|/settings)?");
    private static final Pattern LABEL = Pattern.compile("/v1/labels/([^/]+)/variables");
    private static final Pattern SCHEMA = Pattern.compile("/v1/variable-schemas/([^/]+)");

    private VersionedPaths() {
    }

    /** The aggregate identifier a path names, for a caller of {@code project}; empty for other paths. */
    static Optional<String> aggregateOf(String path, UUID project) {
        Matcher label = LABEL.matcher(path);
        if (label.matches()) {
            return Optional.of(LedgerResourceType.LABEL.aggregateId(decoded(label.group(1)), project));
        }
        Matcher schema = SCHEMA.matcher(path);
        if (schema.matches()) {
            return Optional.of(LedgerResourceType.VARIABLE_SCHEMA.aggregateId(decoded(schema.group(1)), project));
        }
        Matcher resource = RESOURCE.matcher(path);
        if (resource.matches()) {
            String id = decoded(resource.group(2));
            return ResourceCollections.typeOf(resource.group(1)).map(type -> type.aggregateId(id, project));
        }
        return Optional.empty();
    }

    private static String decoded(String segment) {
        return UriUtils.decode(segment, StandardCharsets.UTF_8);
    }
}
