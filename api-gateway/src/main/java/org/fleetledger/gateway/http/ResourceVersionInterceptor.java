package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.command.ledger.EventLogPositions.AggregateVersion;
import org.fleetledger.command.ledger.ExpectedVersion;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.config.FleetProperties;
import org.fleetledger.query.progress.ReadModelProgress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Optional;

/**
 * Optimistic concurrency on resources. A GET learns the resource's version from the log and waits
 * until the read models include it, so that the {@code ETag} it answers (set by
 * {@link ResourceVersionAdvice} on success only) is never newer than the body. A write with
 * {@code If-Match} carries the version it expects to the ledger writer, which refuses it with 412 when
 * the resource has moved on, checked in the write's own transaction.
 */
@Component
class ResourceVersionInterceptor implements HandlerInterceptor {

    /** Request attribute: the version a GET read ({@link AggregateVersion}). */
    static final String READ_VERSION = ResourceVersionInterceptor.class.getName() + ".read";
    /** Request attribute: the version a write expects ({@link ExpectedVersion}). */
    static final String EXPECTED_VERSION = ResourceVersionInterceptor.class.getName() + ".expected";

    private final EventLogPositions positions;
    private final ReadModelProgress progress;
    private final FleetProperties properties;

    ResourceVersionInterceptor(EventLogPositions positions, ReadModelProgress progress, FleetProperties properties) {
        this.positions = positions;
        this.progress = progress;
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        if (!(caller instanceof Caller known)) {
            return true;
        }
        Optional<String> aggregate = VersionedPaths.aggregateOf(request.getRequestURI(), known.projectId());
        if (aggregate.isEmpty()) {
            return true;
        }
        if (request.getMethod().equals("GET")) {
            if (QueryString.parse(request).get(AsOf.PARAMETER) != null) {
                return true;  // a past state has no version to write against
            }
            positions.versionOf(aggregate.get()).ifPresent(version -> {
                if (!progress.awaitPosition(version.position(), properties.readTimeout())) {
                    throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "The read models have not reached "
                            + "position " + version.position() + " within " + properties.readTimeout().toMillis()
                            + " ms; try again.");
                }
                request.setAttribute(READ_VERSION, version);
            });
            return true;
        }
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch != null && !ifMatch.trim().equals("*")) {
            request.setAttribute(EXPECTED_VERSION, new ExpectedVersion(aggregate.get(), parse(ifMatch)));
        }
        return true;
    }

    /** {@code "7"} (or {@code W/"7"}, compared by its value) is version 7; anything else matches nothing. */
    private static long parse(String ifMatch) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                long version = Long.parseLong(tag.substring(1, tag.length() - 1));
                if (version >= 0) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // falls through: names no version of anything
            }
        }
        throw new ApiException(HttpStatus.PRECONDITION_FAILED, "If-Match " + JsonValues.quote(ifMatch)
                + " is not an ETag this service gave; read the resource again.");
    }

    static String etag(AggregateVersion version) {
        return "\"" + version.version() + "\"";
    }
}
