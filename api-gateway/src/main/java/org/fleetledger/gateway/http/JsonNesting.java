package org.fleetledger.gateway.http;

/**
 * How deeply a JSON text nests its objects and arrays, counted over the raw bytes before any parsing,
 * so that a body too deep for the service is refused with a message that names this limit. (The
 * parser's own constraints raise one exception type for depth, number length and name length alike.)
 */
final class JsonNesting {

    /** Levels of objects and arrays a request body may nest, the outermost counting as one. */
    static final int MAX_DEPTH = 32;

    private JsonNesting() {
    }

    /** Whether {@code json} opens more than {@code levels} objects or arrays inside each other. */
    static boolean deeperThan(byte[] json, int levels) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > levels) {
                    return true;
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return false;
    }
}
