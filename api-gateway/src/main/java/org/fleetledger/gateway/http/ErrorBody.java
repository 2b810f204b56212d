package org.fleetledger.gateway.http;

/** The one error shape: exactly these two keys. */
public record ErrorBody(int status, String message) {
}
