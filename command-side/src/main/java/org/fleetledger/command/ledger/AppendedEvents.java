package org.fleetledger.command.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers of the events a command appends on the current thread. Commands run on the
 * dispatching thread (a local command bus), so a thread-bound list sees exactly one command's events.
 */
final class AppendedEvents {

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private AppendedEvents() {
    }

    static void begin() {
        CURRENT.set(new ArrayList<>());
    }

    static void record(String eventIdentifier) {
        List<String> ids = CURRENT.get();
        if (ids != null) {
            ids.add(eventIdentifier);
        }
    }

    static List<String> end() {
        List<String> ids = CURRENT.get();
        CURRENT.remove();
        return ids == null ? List.of() : ids;
    }
}
