package org.fleetledger.gateway.http;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Text that can be stored as it was sent. PostgreSQL's text and jsonb cannot hold U+0000, and an
 * unpaired UTF-16 surrogate (a JSON escape from {@code \uD800} to {@code \uDFFF} without its other half)
 * is no character at all: the database driver would store it as "?". So a request that sends either in a
 * value or a key is refused with a 400 before anything is written, instead of failing where it would be
 * stored or being stored altered.
 */
final class StorableText {

    static final String NUL_IN_BODY = "The request body contains the character U+0000, which cannot be stored.";
    static final String NUL_IN_QUERY = "The query string contains the character U+0000, which cannot be stored.";
    static final String SURROGATE_IN_BODY = "The request body contains an unpaired UTF-16 surrogate (a \\uD800 to "
            + "\\uDFFF escape without its other half), which is not a character and cannot be stored.";

    private StorableText() {
    }

    /** A query string is decoded from UTF-8, which cannot yield a surrogate; it can yield U+0000. */
    static void refuseInQuery(String text) {
        if (text.indexOf('\0') >= 0) {
            throw ApiException.badRequest(NUL_IN_QUERY);
        }
    }

    /** Every string and property name of the body; its depth is bounded by {@link JsonNesting#MAX_DEPTH}. */
    static void refuseInBody(JsonNode node) {
        if (node.isString()) {
            refuseInBody(node.stringValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                refuseInBody(property.getKey());
                refuseInBody(property.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(StorableText::refuseInBody);
        }
    }

    private static void refuseInBody(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw ApiException.badRequest(NUL_IN_BODY);
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++; // one character beyond the first plane
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badRequest(SURROGATE_IN_BODY);
            }
        }
    }
}
