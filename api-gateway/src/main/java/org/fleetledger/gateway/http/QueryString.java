package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of the URL's query string alone, first value winning. (The servlet's parameter map
 * would also hold the fields of a form-encoded body, which is not a query parameter.)
 */
final class QueryString {

    private QueryString() {
    }

    static Map<String, String> parse(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String text) {
        String decoded;
        try {
            decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(JsonBodies.MALFORMED);
        }
        StorableText.refuseInQuery(decoded);
        return decoded;
    }
}
