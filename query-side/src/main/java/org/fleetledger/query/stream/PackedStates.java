package org.fleetledger.query.stream;

import org.fleetledger.query.ledger.ResourceState;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * States of resources kept packed ({@link PackedState}), within a budget of bytes: beyond it, the
 * state put longest ago is dropped. Taking a state removes it, so the order of puts is the order of
 * use. Each state is kept with the sequence of the last event folded into it.
 */
final class PackedStates {

    /** What a kept state costs besides its bytes: its key, map entry, record and array header. */
    private static final int ENTRY_OVERHEAD = 128;

    record Packed(long sequence, byte[] state) {
    }

    private final long budget;
    private final Map<String, Packed> packed = new LinkedHashMap<>();
    private volatile long used; // read by metrics, written by the one folding thread

    PackedStates(long budget) {
        this.budget = budget;
    }

    /** Keeps the state of a resource, unless it cannot be packed or the budget is nothing. */
    void put(String resource, long sequence, ResourceState state) {
        if (budget <= 0) {
            return;
        }
        byte[] bytes = PackedState.pack(state);
        if (bytes == null) {
            return;
        }
        Packed replaced = packed.remove(resource);
        if (replaced != null) {
            used -= cost(resource, replaced);
        }
        Packed kept = new Packed(sequence, bytes);
        packed.put(resource, kept);
        used += cost(resource, kept);
        Iterator<Map.Entry<String, Packed>> eldest = packed.entrySet().iterator();
        while (used > budget && eldest.hasNext()) {
            Map.Entry<String, Packed> dropped = eldest.next();
            used -= cost(dropped.getKey(), dropped.getValue());
            eldest.remove();
        }
    }

    /** The kept state of a resource, no longer kept here; null if none. */
    Packed take(String resource) {
        Packed taken = packed.remove(resource);
        if (taken != null) {
            used -= cost(resource, taken);
        }
        return taken;
    }

    /** Bytes the kept states cost, as the budget counts them. */
    long used() {
        return used;
    }

    private static long cost(String resource, Packed kept) {
        return ENTRY_OVERHEAD + 2L * resource.length() + kept.state().length;
    }
}
