package org.fleetledger.gateway.http;

import tools.jackson.databind.JsonNode;

/** How a JSON value is quoted inside a validation message, the way Craton's messages show values. */
public final class JsonValues {

    private static final int MAX_SHOWN = 60;

    private JsonValues() {
    }

    static String show(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        if (value.isString()) {
            return quote(value.stringValue());
        }
        return shorten(value.toString());
    }

    public static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
    }
}
