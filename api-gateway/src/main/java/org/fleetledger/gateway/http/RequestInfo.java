package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every request carries into the ledger besides its body: the request id (sent or generated),
 * the correlation id shared by all events it causes, and the change note (null when none was sent).
 */
public record RequestInfo(String requestId, String correlationId, String changeNote) {

    static final String ATTRIBUTE = RequestInfo.class.getName();

    public static RequestInfo of(HttpServletRequest request) {
        RequestInfo info = (RequestInfo) request.getAttribute(ATTRIBUTE);
        if (info == null) {
            throw new IllegalStateException("request passed no RequestInfoFilter");
        }
        return info;
    }
}
