package org.fleetledger.query.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Rows of one read model kept in memory between requests, in step with it (ADR 0027). Each entry
 * remembers the read model's settled position when it was read; it is used only while no event after
 * that position has been applied here, so a change takes effect as soon as it is acknowledged. Nothing
 * is kept while another node builds the read model, only rows that exist are kept, and no entry lives
 * longer than {@link #LIFETIME}.
 *
 * @param <K> what a row is found by
 * @param <V> what is kept of it
 */
public final class InStepCache<K, V> {

    private static final Duration LIFETIME = Duration.ofSeconds(5);
    private static final int CAPACITY = 10_000;

    private record Entry<V>(V value, long readAt, long expiresAtNanos) {
    }

    private final String readModel;
    private final ReadModelProgress progress;
    private final AppliedChanges changes;
    private final Function<K, Optional<V>> read;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /**
     * @param readModel the processing group whose rows {@code read} reads
     * @param changes   what its projection reports as it applies each event
     */
    public InStepCache(String readModel, ReadModelProgress progress, AppliedChanges changes,
                       Function<K, Optional<V>> read) {
        this.readModel = readModel;
        this.progress = progress;
        this.changes = changes;
        this.read = read;
    }

    /** What {@code read} answers for {@code key}, from memory while that is still up to date. */
    public Optional<V> get(K key) {
        OptionalLong settled = progress.settledHere(readModel);  // before the read: the entry's age
        if (settled.isEmpty()) {
            entries.clear();
            return read.apply(key);
        }
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.readAt() >= changes.newest() && entry.expiresAtNanos() - now > 0) {
            return Optional.of(entry.value());
        }
        Optional<V> found = read.apply(key);
        if (found.isPresent() && settled.getAsLong() >= changes.newest()) {
            if (entries.size() >= CAPACITY) {
                entries.clear();
            }
            entries.put(key, new Entry<>(found.get(), settled.getAsLong(), now + LIFETIME.toNanos()));
        }
        return found;
    }
}
