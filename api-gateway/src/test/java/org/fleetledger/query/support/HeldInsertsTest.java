package org.fleetledger.query.support;

import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.ProcessorBatch;
import org.fleetledger.query.jooq.tables.records.DeviceVersionRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fleetledger.query.jooq.Tables.DEVICE_VERSION;

/**
 * A projection's new rows inserted together through JDBC (ADR 0049, 0052), on the service's own
 * PostgreSQL: {@code device_version} has columns of every kind a held row sets, an array among them.
 */
class HeldInsertsTest extends ApiTest {

    /** Far above the ids the service draws, so that no device of another test has them. */
    private static final AtomicLong IDS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 12, 2, 13, 50, 14, 123_000_000,
            ZoneOffset.UTC);

    @Autowired
    private DSLContext db;

    @Autowired
    private PlatformTransactionManager transactions;

    private DeviceVersionRecord version(long id) {
        DeviceVersionRecord row = new DeviceVersionRecord();
        row.setId(id);
        row.setValidFrom(7L);
        row.setProjectId(ROOT_PROJECT);
        row.setKind("host");
        row.setCloudId(1L);
        row.setRegionId(2L);
        row.setName("host-" + id);
        row.setIpAddress("10.0.0.1");
        row.setDeviceType("server");
        row.setActive(true);
        row.setLabels(new String[] {"rack-4", "gpu"});
        row.setCreatedAt(CREATED);
        return row;
    }

    private DeviceVersionRecord stored(long id) {
        return db.selectFrom(DEVICE_VERSION).where(DEVICE_VERSION.ID.eq(id)).fetchOne();
    }

    @Test
    void insertsTheRowsHeldInABatchWithEveryValueTheySet() {
        HeldInserts<DeviceVersionRecord> inserts = new HeldInserts<>(db, DEVICE_VERSION);
        long first = IDS.incrementAndGet();
        long second = IDS.incrementAndGet();
        DeviceVersionRecord withOptionals = version(second);
        withOptionals.setCellId(3L);
        withOptionals.setParentId(first);
        withOptionals.setNote(null);
        withOptionals.setModelName("R740");
        withOptionals.setLabels(new String[0]);

        ProcessorBatch.commits(transactions, () -> {
            inserts.insert(version(first));
            inserts.insert(withOptionals);
            assertThat(stored(first)).as("held until the batch writes them").isNull();
            inserts.write();
        });

        DeviceVersionRecord one = stored(first);
        assertThat(one.getName()).isEqualTo("host-" + first);
        assertThat(one.getProjectId()).isEqualTo(ROOT_PROJECT);
        assertThat(one.getLabels()).containsExactly("rack-4", "gpu");
        assertThat(one.getCreatedAt().toInstant()).isEqualTo(CREATED.toInstant());
        assertThat(one.getCellId()).isNull();
        assertThat(one.getValidTo()).isNull();
        DeviceVersionRecord two = stored(second);
        assertThat(two.getCellId()).isEqualTo(3L);
        assertThat(two.getParentId()).isEqualTo(first);
        assertThat(two.getModelName()).isEqualTo("R740");
        assertThat(two.getNote()).isNull();
        assertThat(two.getLabels()).isEmpty();
    }

    @Test
    void leavesARowWhoseKeyExistsAsItIs() {
        HeldInserts<DeviceVersionRecord> inserts = new HeldInserts<>(db, DEVICE_VERSION);
        long id = IDS.incrementAndGet();
        ProcessorBatch.commits(transactions, () -> {
            inserts.insert(version(id));
            inserts.write();
        });
        DeviceVersionRecord again = version(id);
        again.setName("renamed");
        long other = IDS.incrementAndGet();

        ProcessorBatch.commits(transactions, () -> {
            inserts.insert(again);
            inserts.insert(version(other));
            inserts.write();
        });

        assertThat(stored(id).getName()).isEqualTo("host-" + id);
        assertThat(stored(other)).isNotNull();
    }

    @Test
    void insertsAtOnceOutsideABatch() {
        HeldInserts<DeviceVersionRecord> inserts = new HeldInserts<>(db, DEVICE_VERSION);
        long id = IDS.incrementAndGet();

        inserts.insert(version(id));

        assertThat(stored(id).getLabels()).containsExactly("rack-4", "gpu");
    }

    @Test
    void forgetsTheRowsOfABatchThatRollsBack() {
        HeldInserts<DeviceVersionRecord> inserts = new HeldInserts<>(db, DEVICE_VERSION);
        long id = IDS.incrementAndGet();

        ProcessorBatch.rollsBack(transactions, () -> inserts.insert(version(id)));
        ProcessorBatch.commits(transactions, inserts::write);

        assertThat(stored(id)).isNull();
    }
}
