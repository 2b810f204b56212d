package org.fleetledger.gateway.http;

import org.springframework.http.HttpStatus;

/** The request body is larger than the service accepts. */
class PayloadTooLargeException extends ApiException {

    PayloadTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + limit + " bytes.");
    }
}
