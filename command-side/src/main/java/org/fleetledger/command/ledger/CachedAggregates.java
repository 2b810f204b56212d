package org.fleetledger.command.ledger;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How every aggregate type is registered with Axon: event sourced from the log, with its own cache of
 * recently used aggregates, each checked against the log before it is used (ADR 0041).
 * {@code fleet.aggregate-cache.size} aggregates of each type at most (0: no cache).
 */
@Component
public class CachedAggregates {

    private final int capacity;

    CachedAggregates(@Value("${fleet.aggregate-cache.size:50000}") int capacity) {
        this.capacity = capacity;
    }

    /** The configuration of one aggregate type. */
    public <A> AggregateConfigurer<A> of(Class<A> type) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type)
                .configureCommandTargetResolver(c -> CommandTargets.INSTANCE);
        if (capacity <= 0) {
            return aggregate;
        }
        AggregateCache cache = new AggregateCache(capacity);
        return aggregate.configureRepository(c -> {
            AggregateModel<A> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                    c.parameterResolverFactory(), c.handlerDefinition(type));
            EventSourcingRepository.Builder<A> builder = EventSourcingRepository.builder(type)
                    .aggregateModel(model)
                    .aggregateFactory(new GenericAggregateFactory<>(model))
                    .eventStore(c.eventStore())
                    .snapshotTriggerDefinition(NoSnapshotTriggerDefinition.INSTANCE)
                    .repositoryProvider(c::repository)
                    .cache(cache);
            return new CheckedCachingRepository<>(builder, cache, c.eventStore(), model, c::repository);
        });
    }
}
