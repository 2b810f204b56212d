package org.fleetledger.gateway.http;

/** A link of a list envelope or a resource ({@code up}). */
public record Link(String href, String rel) {
}
