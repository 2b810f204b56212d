package org.fleetledger.gateway.http;

/** Path ids are untyped in Craton's URLs: one that is not a number names nothing, so it is a 404. */
public final class ResourceIds {

    private ResourceIds() {
    }

    public static long parse(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through: not an id of anything
        }
        throw ApiException.notFound();
    }
}
