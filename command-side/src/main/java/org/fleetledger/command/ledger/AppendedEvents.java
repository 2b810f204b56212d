package org.fleetledger.command.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The events a command appends on the current thread: their identifiers, and the position of the last
 * of them once it is known. Commands run on the dispatching thread (a local command bus), so
 * thread-bound state sees exactly one change's events.
 */
final class AppendedEvents {

    private static final ThreadLocal<AppendedEvents> CURRENT = new ThreadLocal<>();

    private final List<String> identifiers = new ArrayList<>();
    private long lastPosition = -1;

    private AppendedEvents() {
    }

    static void begin() {
        CURRENT.set(new AppendedEvents());
    }

    /** True between {@link #begin()} and {@link #end()} on this thread. */
    static boolean recording() {
        return CURRENT.get() != null;
    }

    static void record(String eventIdentifier) {
        AppendedEvents current = CURRENT.get();
        if (current != null) {
            current.identifiers.add(eventIdentifier);
        }
    }

    /** The head of the log as the transaction that appended this thread's events sees it, before it commits. */
    static void headBeforeCommit(long position) {
        AppendedEvents current = CURRENT.get();
        if (current != null) {
            current.lastPosition = position;
        }
    }

    static AppendedEvents end() {
        AppendedEvents current = CURRENT.get();
        CURRENT.remove();
        return current == null ? new AppendedEvents() : current;
    }

    List<String> identifiers() {
        return identifiers;
    }

    /** The position of the last event appended, read in the appending transaction; empty when it was not read. */
    OptionalLong lastPosition() {
        return lastPosition < 0 ? OptionalLong.empty() : OptionalLong.of(lastPosition);
    }
}
