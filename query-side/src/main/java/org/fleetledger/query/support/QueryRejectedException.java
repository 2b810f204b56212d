package org.fleetledger.query.support;

/** A query the read side cannot answer as asked (bad sort key, unknown marker...): a client error. */
public class QueryRejectedException extends RuntimeException {

    public QueryRejectedException(String message) {
        super(message, null, false, false);
    }
}
