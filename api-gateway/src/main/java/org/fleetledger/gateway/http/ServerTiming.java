package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;

/**
 * The {@code Server-Timing} header of the current answer: how long named steps of the request took, in
 * milliseconds ({@code store;dur=3.1}). Clients and benchmarks read where a write's time went without
 * access to the service's metrics.
 */
final class ServerTiming {

    private static final String HEADER = "Server-Timing";

    private ServerTiming() {
    }

    /** Adds {@code step} with its duration to the current request's answer; outside a request, nothing. */
    static void add(String step, long durationNanos) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletResponse response = attributes.getResponse();
            if (response != null && !response.isCommitted()) {
                response.addHeader(HEADER, String.format(Locale.ROOT, "%s;dur=%.1f", step, durationNanos / 1e6));
            }
        }
    }
}
