package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.ProcessorBatch;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fleetledger.query.jooq.Tables.VARIABLE_VIEW;

/**
 * The live projection's variable rows within a processor's batch, on the service's own PostgreSQL: the rows
 * of an owner the batch created are copied without a check for a conflict (ADR 0060), so what the batch
 * does to that owner after its creation must leave the same rows that upserts would have.
 */
class VariableRowsTest extends ApiTest {

    /** Far above the ids the service draws, so that no device of another test has them. */
    private static final AtomicLong IDS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final VariableRows.Setter SETTER = new VariableRows.Setter(7L, "auditor",
            OffsetDateTime.of(2026, 12, 3, 16, 0, 0, 123_456_000, ZoneOffset.UTC), "a \"quoted\", note", 42L);

    @Autowired
    private DSLContext db;

    @Autowired
    private PlatformTransactionManager transactions;

    private static VariableOwner device(long id) {
        return new VariableOwner(OwnerType.DEVICE, Long.toString(id));
    }

    private Map<String, String> stored(long id) {
        return db.select(VARIABLE_VIEW.KEY, VARIABLE_VIEW.VALUE.cast(String.class)).from(VARIABLE_VIEW)
                .where(VARIABLE_VIEW.OWNER_TYPE.eq(OwnerType.DEVICE.name()))
                .and(VARIABLE_VIEW.OWNER_ID.eq(Long.toString(id)))
                .fetchMap(VARIABLE_VIEW.KEY, VARIABLE_VIEW.VALUE.cast(String.class));
    }

    @Test
    void copiesTheRowsOfAnOwnerCreatedInTheBatchWithWhoSetThem() {
        VariableRows rows = new VariableRows(db);
        long id = IDS.incrementAndGet();

        ProcessorBatch.commits(transactions, () -> {
            rows.created(OwnerType.DEVICE, id);
            rows.set(device(id), ROOT_PROJECT, Map.of("rack", "\"r-1\"", "slots", "[1, 2]"), SETTER);
            rows.set(device(id), ROOT_PROJECT, Map.of("rack", "\"r-2\""), SETTER);
            assertThat(stored(id)).as("held until the batch writes them").isEmpty();
        });

        assertThat(stored(id)).isEqualTo(Map.of("rack", "\"r-2\"", "slots", "[1, 2]"));
        var row = db.selectFrom(VARIABLE_VIEW).where(VARIABLE_VIEW.OWNER_ID.eq(Long.toString(id)))
                .and(VARIABLE_VIEW.KEY.eq("rack")).fetchSingle();
        assertThat(row.getProjectId()).isEqualTo(ROOT_PROJECT);
        assertThat(row.getSetByUserId()).isEqualTo(7L);
        assertThat(row.getSetByUsername()).isEqualTo("auditor");
        assertThat(row.getSetAt().toInstant()).isEqualTo(SETTER.at().toInstant());
        assertThat(row.getChangeNote()).isEqualTo("a \"quoted\", note");
        assertThat(row.getPosition()).isEqualTo(42L);
    }

    @Test
    void upsertsTheRowsSetAfterACreatedOwnersRowsWereWrittenWithinTheBatch() {
        VariableRows rows = new VariableRows(db);
        long id = IDS.incrementAndGet();

        ProcessorBatch.commits(transactions, () -> {
            rows.created(OwnerType.DEVICE, id);
            rows.set(device(id), ROOT_PROJECT, Map.of("a", "1", "b", "2"), SETTER);
            rows.delete(device(id), List.of("a")); // writes what is held first: the owner now has rows
            rows.set(device(id), ROOT_PROJECT, Map.of("b", "3", "c", "4"), SETTER);
        });

        assertThat(stored(id)).isEqualTo(Map.of("b", "3", "c", "4"));
    }

    @Test
    void copiesAgainForAnOwnerRestoredAfterItsDeletionInTheSameBatch() {
        VariableRows rows = new VariableRows(db);
        long id = IDS.incrementAndGet();

        ProcessorBatch.commits(transactions, () -> {
            rows.created(OwnerType.DEVICE, id);
            rows.set(device(id), ROOT_PROJECT, Map.of("a", "1"), SETTER);
            rows.deleteAllOf(OwnerType.DEVICE, Long.toString(id));
            rows.created(OwnerType.DEVICE, id);
            rows.set(device(id), ROOT_PROJECT, Map.of("b", "2"), SETTER);
        });

        assertThat(stored(id)).isEqualTo(Map.of("b", "2"));
    }

    @Test
    void upsertsTheRowsOfAnOwnerCreatedInAnEarlierBatch() {
        VariableRows rows = new VariableRows(db);
        long id = IDS.incrementAndGet();
        ProcessorBatch.commits(transactions, () -> {
            rows.created(OwnerType.DEVICE, id);
            rows.set(device(id), ROOT_PROJECT, Map.of("a", "1"), SETTER);
        });

        ProcessorBatch.commits(transactions,
                () -> rows.set(device(id), ROOT_PROJECT, Map.of("a", "2", "b", "3"), SETTER));

        assertThat(stored(id)).isEqualTo(Map.of("a", "2", "b", "3"));
    }

    @Test
    void forgetsTheOwnersCreatedInABatchThatRollsBack() {
        VariableRows rows = new VariableRows(db);
        long id = IDS.incrementAndGet();
        ProcessorBatch.commits(transactions, () -> rows.set(device(id), ROOT_PROJECT, Map.of("a", "1"), SETTER));

        ProcessorBatch.rollsBack(transactions, () -> rows.created(OwnerType.DEVICE, id));
        ProcessorBatch.commits(transactions, () -> rows.set(device(id), ROOT_PROJECT, Map.of("a", "5"), SETTER));

        assertThat(stored(id)).isEqualTo(Map.of("a", "5"));
    }
}
