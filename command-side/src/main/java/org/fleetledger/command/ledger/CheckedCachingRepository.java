package org.fleetledger.command.ledger;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.modelling.command.inspection.AggregateModel;

import java.util.Objects;

/**
 * Axon's caching repository, with every cached aggregate checked against the log before it is used
 * (ADR 0041): the aggregate's version must be the last sequence number its transaction sees stored. One
 * lookup of the log's index instead of reading and applying every event of the aggregate again.
 * <p>
 * An aggregate changed by another node, or whose changes were cached by a transaction that has not
 * committed, fails the check; it is then dropped from the cache and read from the log.
 */
final class CheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;
    private final AggregateModel<T> model;
    private final RepositoryProvider repositoryProvider;

    CheckedCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache, EventStore eventStore,
                             AggregateModel<T> model, RepositoryProvider repositoryProvider) {
        super(builder);
        this.cache = cache;
        this.eventStore = eventStore;
        this.model = model;
        this.repositoryProvider = repositoryProvider;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        AggregateCacheEntry<T> cached = cache.get(aggregateIdentifier);
        if (cached != null && !isLatest(cached, aggregateIdentifier)) {
            cache.remove(aggregateIdentifier);
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    private boolean isLatest(AggregateCacheEntry<T> cached, String aggregateIdentifier) {
        Long version = cached.recreateAggregate(model, eventStore, repositoryProvider,
                NoSnapshotTriggerDefinition.INSTANCE).version();
        return Objects.equals(version, eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null));
    }
}
