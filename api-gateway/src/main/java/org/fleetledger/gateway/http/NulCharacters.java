package org.fleetledger.gateway.http;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * PostgreSQL's text and jsonb cannot hold U+0000, so a request that sends it in a value or a key is
 * refused with a 400 before anything is written, instead of failing where it would be stored.
 */
final class NulCharacters {

    static final String IN_BODY = "The request body contains the character U+0000, which cannot be stored.";
    static final String IN_QUERY = "The query string contains the character U+0000, which cannot be stored.";

    private NulCharacters() {
    }

    static void refuseInQuery(String text) {
        if (text.indexOf('\0') >= 0) {
            throw ApiException.badRequest(IN_QUERY);
        }
    }

    /** Every string and property name of the body; its depth is bounded by {@link JsonNesting#MAX_DEPTH}. */
    static void refuseInBody(JsonNode node) {
        if (node.isString() && node.stringValue().indexOf('\0') >= 0) {
            throw ApiException.badRequest(IN_BODY);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().indexOf('\0') >= 0) {
                    throw ApiException.badRequest(IN_BODY);
                }
                refuseInBody(property.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(NulCharacters::refuseInBody);
        }
    }
}
