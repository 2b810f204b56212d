package org.fleetledger.query.user;

import org.fleetledger.query.progress.InStepCache;
import org.fleetledger.query.progress.ReadModelProgress;
import org.fleetledger.query.progress.ReadModels;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The credentials authentication checks a request's key against, kept in memory between requests in
 * step with the users read model (ADR 0027): a rotated key, a changed role or a deleted user takes
 * effect as soon as the change is acknowledged.
 */
@Component
public class CachedCredentials {

    private record Key(UUID projectId, String username) {
    }

    private final InStepCache<Key, UserCredentials> cache;

    CachedCredentials(UserQueries users, UserChanges changes, ReadModelProgress progress) {
        this.cache = new InStepCache<>(ReadModels.USERS, progress, changes,
                key -> users.credentials(key.projectId(), key.username()));
    }

    /** The credentials of {@code username} in a project, as {@link UserQueries#credentials} reads them. */
    public Optional<UserCredentials> of(UUID projectId, String username) {
        return cache.get(new Key(projectId, username));
    }
}
