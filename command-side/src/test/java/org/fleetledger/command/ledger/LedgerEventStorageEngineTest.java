package org.fleetledger.command.ledger;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerEventStorageEngineTest {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder().build();

    private final AtomicInteger connections = new AtomicInteger();
    private final LedgerEventStorageEngine engine = new LedgerEventStorageEngine(JdbcEventStorageEngine.builder()
            .connectionProvider(() -> {
                connections.incrementAndGet();
                throw new IllegalStateException("no database in this test");
            })
            .transactionManager(NoTransactionManager.INSTANCE)
            .snapshotSerializer(SERIALIZER)
            .eventSerializer(SERIALIZER));

    @Test
    void findsNoSnapshotWithoutAskingTheDatabase() {
        assertThat(engine.readSnapshot("host:1")).isEmpty();
        assertThat(connections).hasValue(0);
    }

    @Test
    void refusesToStoreASnapshot() {
        assertThatThrownBy(() -> engine.storeSnapshot(new GenericDomainEventMessage<>("Host", "host:1", 3, "state")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(connections).hasValue(0);
    }
}
