package org.fleetledger.events.user;

/**
 * The stored form of an API key: never the key itself. {@code algorithm} names how {@code hash} was
 * derived from the salt and the key, so that the derivation can change without rewriting history.
 */
public record ApiKeyHash(String algorithm, String salt, String hash) {
}
