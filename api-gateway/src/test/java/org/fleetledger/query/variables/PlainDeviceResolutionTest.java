package org.fleetledger.query.variables;

import org.axonframework.messaging.MetaData;
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.ProcessorBatch;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fleetledger.query.jooq.Tables.RESOLVED_VARIABLES;

/**
 * A device with neither parent nor label is resolved from its cell's (or region's) resolved map with its own
 * variables on top (ADR 0061), within the live projection's batch, on the service's own PostgreSQL: the
 * batch's cells are recomputed first, and a device whose scope has no map is resolved along its whole chain.
 */
class PlainDeviceResolutionTest extends ApiTest {

    /** Far above the ids the service draws, so that no resource of another test has them. */
    private static final AtomicLong IDS = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);
    /** A project of its own: no other test's project or cloud variables reach these nodes. */
    private static final ProjectId PROJECT = new ProjectId(UUID.randomUUID());

    @Autowired
    private VariableProjection projection;

    @Autowired
    private DSLContext db;

    @Autowired
    private PlatformTransactionManager transactions;

    private final CloudId cloud = new CloudId(IDS.incrementAndGet());
    private final RegionId region = new RegionId(IDS.incrementAndGet());

    private void set(OwnerType type, long id, Map<String, Object> values) {
        projection.on(new VariablesSet(new VariableOwner(type, Long.toString(id)), PROJECT, values),
                MetaData.emptyInstance(), Instant.now(), null);
    }

    private void createHost(DeviceId host, CellId cell) {
        projection.on(new HostCreated(host, PROJECT, cloud, region, cell, null, "host-" + host.value(),
                "10.0.0.1", "server", true, null, Map.of()), MetaData.emptyInstance(), Instant.now(), null);
    }

    private void createCell(CellId cell) {
        projection.on(new CellCreated(cell, PROJECT, cloud, region, "cell-" + cell.value(), null, Map.of()),
                MetaData.emptyInstance(), Instant.now(), null);
    }

    private String resolved(OwnerType type, long id) {
        return db.select(RESOLVED_VARIABLES.RESOLVED.cast(String.class)).from(RESOLVED_VARIABLES)
                .where(RESOLVED_VARIABLES.OWNER_TYPE.eq(type.name()))
                .and(RESOLVED_VARIABLES.OWNER_ID.eq(Long.toString(id)))
                .fetchOne(0, String.class);
    }

    @Test
    void aNewHostTakesItsCellsMapAsTheSameBatchLeftIt() {
        ProcessorBatch.commits(transactions, () -> {
            projection.on(new RegionCreated(region, PROJECT, cloud, "region-" + region.value(), null, Map.of()),
                    MetaData.emptyInstance(), Instant.now(), null);
            set(OwnerType.REGION, region.value(), Map.of("ntp", "region-ntp", "dns", "region-dns"));
        });
        CellId cell = new CellId(IDS.incrementAndGet());
        ProcessorBatch.commits(transactions, () -> {
            createCell(cell);
            set(OwnerType.CELL, cell.value(), Map.of("rack", "r-1"));
        });
        DeviceId host = new DeviceId(IDS.incrementAndGet());

        ProcessorBatch.commits(transactions, () -> {
            set(OwnerType.CELL, cell.value(), Map.of("rack", "r-2", "dns", "cell-dns"));
            createHost(host, cell);
            set(OwnerType.DEVICE, host.value(), Map.of("dns", "own-dns", "slots", 4));
        });

        assertThat(resolved(OwnerType.DEVICE, host.value()))
                .isEqualTo("{\"dns\": \"own-dns\", \"ntp\": \"region-ntp\", \"rack\": \"r-2\", \"slots\": 4}");
        assertThat(resolved(OwnerType.CELL, cell.value()))
                .isEqualTo("{\"dns\": \"cell-dns\", \"ntp\": \"region-ntp\", \"rack\": \"r-2\"}");
    }

    @Test
    void aHostWhoseCellHasNoResolvedMapIsResolvedAlongItsChain() {
        CellId unknownCell = new CellId(IDS.incrementAndGet()); // its creation never reached the projection
        DeviceId host = new DeviceId(IDS.incrementAndGet());

        ProcessorBatch.commits(transactions, () -> {
            createHost(host, unknownCell);
            set(OwnerType.DEVICE, host.value(), Map.of("slots", 4));
        });

        assertThat(resolved(OwnerType.DEVICE, host.value())).isEqualTo("{\"slots\": 4}");
    }
}
