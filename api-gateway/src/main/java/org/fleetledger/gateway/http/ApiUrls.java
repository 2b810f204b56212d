package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute URLs built from the request's own scheme and host, as Craton builds its links and Location. */
public final class ApiUrls {

    private ApiUrls() {
    }

    public static String origin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host;
    }

    public static String requestUrlWithoutQuery(HttpServletRequest request) {
        return origin(request) + request.getRequestURI();
    }

    public static String absolute(HttpServletRequest request, String path) {
        return origin(request) + path;
    }
}
