package org.fleetledger.command.ledger;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.NetworkDeviceCreated;
import org.fleetledger.events.network.NetworkCreated;
import org.fleetledger.events.network.NetworkInterfaceCreated;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.upcasting.CreationVariablesUpcaster;
import org.fleetledger.events.upcasting.ProjectCreatedUpcaster;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import tools.jackson.databind.DeserializationFeature;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.stream.Stream;

/**
 * The event store on PostgreSQL: snake_case tables created by Flyway, payload and metadata stored as
 * JSON text, and the ledger's own metadata carried from commands to events.
 *
 * <p>The JDBC and transaction infrastructure is declared here rather than left to Axon's
 * auto-configuration, which backs off when it is evaluated before the data source and the transaction
 * manager exist: commands and processors would then run without transactions, and with an in-memory
 * token store.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** Events read per statement: an aggregate's, or the log's for the processors (Axon's default size). */
    private static final int EVENT_BATCH = 100;

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Commands and event processors run in Spring transactions, so that a command's lookup-table rows
     * commit with its events, and a projection's rows with its token; their statements are planned
     * generically ({@link GenericPlanTransactions}).
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions, DataSource dataSource) {
        return new GenericPlanTransactions(new SpringTransactionManager(transactions), dataSource);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return new LedgerEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(String.class)
                .batchSize(EVENT_BATCH)
                // An aggregate's sequence numbers have no gaps (the log is never edited, a rolled-back
                // append leaves none), so a batch of its events that is not full is its last one. The
                // engine's default reads once more, until a batch comes back empty: a statement per load.
                .finalAggregateBatchPredicate(batch -> batch.size() < EVENT_BATCH));
    }

    /**
     * Axon's embedded event store as its auto-configuration builds it, as a {@link LedgerEventStore}, which
     * write groups ask how many events each of their commands gave.
     */
    @Bean
    LedgerEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return new LedgerEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /** Event payloads keep decimals exact: a variable set to 1.10 reads back as 1.10. */
    @Bean
    Jackson3SerializerCustomizer exactDecimals() {
        return builder -> builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * The events' serializer as Axon's auto-configuration builds it for {@code jackson3}, as an
     * {@link EventSerializer}, which looks each stored type name up once.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver, Jackson3SerializerCustomizer exactDecimals) {
        return new EventSerializer(Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(EventStoreConfiguration.class.getClassLoader()))
                .jsonMapperBuilderCustomizer(exactDecimals));
    }

    /** Older stored shapes of events read as the current ones, wherever the log is read. */
    @Bean
    EventUpcaster projectCreatedUpcaster() {
        return new ProjectCreatedUpcaster();
    }

    /** Each creation event stored before it carried its resource's first variables (ADR 0062, ADR 0063). */
    @Bean
    EventUpcaster creationVariablesUpcasters() {
        return new EventUpcasterChain(Stream.of(CloudCreated.class, RegionCreated.class, CellCreated.class,
                        HostCreated.class, NetworkDeviceCreated.class, NetworkCreated.class,
                        NetworkInterfaceCreated.class)
                .map(CreationVariablesUpcaster::new)
                .toList());
    }

    @Bean
    CorrelationDataProvider ledgerCorrelationDataProvider() {
        return new LedgerCorrelationDataProvider();
    }
}
