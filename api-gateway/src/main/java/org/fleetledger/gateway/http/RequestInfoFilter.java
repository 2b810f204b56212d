package org.fleetledger.gateway.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * First stop of every request: assigns the request id (echoed in every response, errors included),
 * the correlation id, reads the change note, and bounds the body size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestInfoFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "X-Request-ID";
    /** The header Craton's request-id middleware answered with: the same id, for Craton clients that log it. */
    static final String OPENSTACK_REQUEST_ID = "x-openstack-request-id";
    static final String LOG_KEY = "request_id";
    static final String CHANGE_NOTE = "X-Change-Note";
    static final int MAX_NOTE_LENGTH = 1000;
    static final long MAX_BODY_BYTES = 1024 * 1024;
    // A sent request id is kept only if it is short and printable; anything else is replaced.
    private static final Pattern USABLE_REQUEST_ID = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final ErrorWriter errors;

    RequestInfoFilter(ErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sentId = request.getHeader(REQUEST_ID);
        String requestId = sentId != null && USABLE_REQUEST_ID.matcher(sentId).matches()
                ? sentId : "req-" + UUID.randomUUID();
        response.setHeader(REQUEST_ID, requestId);
        response.setHeader(OPENSTACK_REQUEST_ID, requestId);

        String note = changeNote(request);
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            errors.write(response, 400, "The X-Change-Note header is longer than " + MAX_NOTE_LENGTH
                    + " characters.");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            errors.write(response, 413, "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        request.setAttribute(RequestInfo.ATTRIBUTE,
                new RequestInfo(requestId, UUID.randomUUID().toString(), note));
        // every log line written while serving the request carries its id
        try (MDC.MDCCloseable ignored = MDC.putCloseable(LOG_KEY, requestId)) {
            chain.doFilter(new LimitedBodyRequest(request, MAX_BODY_BYTES), response);
        }
    }

    /** Header values reach the servlet as ISO-8859-1; the note is UTF-8, so its bytes are decoded again. */
    private static String changeNote(HttpServletRequest request) {
        String raw = request.getHeader(CHANGE_NOTE);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
