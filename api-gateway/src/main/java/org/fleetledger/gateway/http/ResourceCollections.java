package org.fleetledger.gateway.http;

import org.fleetledger.query.ledger.LedgerResourceType;

import java.util.Map;
import java.util.Optional;

/** The collections of {@code /v1/{collection}/{id}} paths that name one resource in the log, by type. */
public final class ResourceCollections {

    private static final Map<String, LedgerResourceType> COLLECTIONS = Map.of(
            "projects", LedgerResourceType.PROJECT, "users", LedgerResourceType.USER,
            "clouds", LedgerResourceType.CLOUD, "regions", LedgerResourceType.REGION,
            "cells", LedgerResourceType.CELL, "hosts", LedgerResourceType.HOST,
            "network-devices", LedgerResourceType.NETWORK_DEVICE, "networks", LedgerResourceType.NETWORK,
            "network-interfaces", LedgerResourceType.NETWORK_INTERFACE);

    private ResourceCollections() {
    }

    /** The type of the resources a collection holds; empty for other path segments. */
    public static Optional<LedgerResourceType> typeOf(String collection) {
        return Optional.ofNullable(COLLECTIONS.get(collection));
    }

    /** The collection of the path {@code /v1/{collection}/...}. */
    public static Optional<LedgerResourceType> typeOfPath(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? typeOf(segments[2]) : Optional.empty();
    }
}
