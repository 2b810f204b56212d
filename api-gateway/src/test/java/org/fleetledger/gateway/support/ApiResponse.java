package org.fleetledger.gateway.support;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;

/** A response as a client sees it: status, headers, the raw body and, when it is JSON, the parsed body. */
public record ApiResponse(int status, HttpHeaders headers, String text, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public long position() {
        return Long.parseLong(header("X-Ledger-Position"));
    }
}
