package org.fleetledger.query.user;

import org.fleetledger.query.progress.ReadModelProgress;
import org.fleetledger.query.progress.ReadModels;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials authentication checks a request's key against, kept in memory between requests
 * (ADR 0027). Each entry remembers the users read model's settled position when it was read; it is used
 * only while no user event after that position has been applied here, so a rotated key, a changed role
 * or a deleted user takes effect as soon as the change is acknowledged. Nothing is kept while another
 * node builds the users read model, and no entry lives longer than {@link #LIFETIME}.
 */
@Component
public class CachedCredentials {

    static final Duration LIFETIME = Duration.ofSeconds(5);
    static final int CAPACITY = 10_000;

    private record Key(UUID projectId, String username) {
    }

    private record Entry(UserCredentials credentials, long readAt, long expiresAtNanos) {
    }

    private final UserQueries users;
    private final UserChanges changes;
    private final ReadModelProgress progress;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    CachedCredentials(UserQueries users, UserChanges changes, ReadModelProgress progress) {
        this.users = users;
        this.changes = changes;
        this.progress = progress;
    }

    /** The credentials of {@code username} in a project, as {@link UserQueries#credentials} reads them. */
    public Optional<UserCredentials> of(UUID projectId, String username) {
        OptionalLong settled = progress.settledHere(ReadModels.USERS);  // before the read: the entry's age
        if (settled.isEmpty()) {
            entries.clear();
            return users.credentials(projectId, username);
        }
        Key key = new Key(projectId, username);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.readAt() >= changes.newest() && entry.expiresAtNanos() - now > 0) {
            return Optional.of(entry.credentials());
        }
        Optional<UserCredentials> found = users.credentials(projectId, username);
        if (found.isPresent() && settled.getAsLong() >= changes.newest()) {
            if (entries.size() >= CAPACITY) {
                entries.clear();
            }
            entries.put(key, new Entry(found.get(), settled.getAsLong(), now + LIFETIME.toNanos()));
        }
        return found;
    }
}
