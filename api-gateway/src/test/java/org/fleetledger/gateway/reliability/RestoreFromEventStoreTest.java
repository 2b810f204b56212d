package org.fleetledger.gateway.reliability;

import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.InProcessService;
import org.fleetledger.gateway.support.ReadModelRows;
import org.fleetledger.gateway.support.StandalonePostgres;
import org.fleetledger.query.jooq.DefaultSchema;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the event store alone is enough: with the read models' tables emptied and their tokens
 * gone, as after restoring a dump that left their data out, the service projects the whole log again
 * as it starts, and every read model comes back row for row.
 */
class RestoreFromEventStoreTest {

    private static final UUID PROJECT = UUID.fromString("0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000044");
    private static final String KEY = "44444444444444444444444444444444";

    @TempDir
    Path dir;

    @Test
    void rebuildsTheReadModelsFromTheLogAtStart() {
        try (StandalonePostgres database = new StandalonePostgres(dir.resolve("pg")).start()) {
            JdbcTemplate jdbc = database.jdbc();
            Map<String, List<String>> before;
            long head;
            try (InProcessService service = start(database)) {
                head = fleet(service.root());
                before = ReadModelRows.of(jdbc);
            }
            assertThat(before.get("device_view")).isNotEmpty();

            // what a restore of a dump without the read models' data and tokens leaves (names from the schema)
            jdbc.execute("TRUNCATE token_entry, " + DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                    .map(Table::getName).collect(Collectors.joining(", ")));

            try (InProcessService service = start(database)) {
                ApiResponse served = service.root().with("X-Ledger-Min-Position", Long.toString(head))
                        .get("/v1/hosts");
                assertThat(served.status()).isEqualTo(200);
                assertThat(served.json().get("hosts")).hasSize(3);
                Map<String, List<String>> after = ReadModelRows.of(jdbc);
                for (String table : before.keySet()) {
                    assertThat(after.get(table)).as(table).containsExactlyInAnyOrderElementsOf(before.get(table));
                }
                assertThat(service.root().get("/v1/ledger/verify").json().get("head_position").longValue())
                        .as("starting again appended nothing").isEqualTo(head);
            }
        }
    }

    /** A small fleet with variables at several levels and labels; answers the head position. */
    private static long fleet(ApiClient api) {
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"tier\": 1}}"));
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud
                + ", \"variables\": {\"dns\": [\"a\"]}}"));
        long cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}"));
        long last = 0;
        for (int i = 0; i < 3; i++) {
            ApiResponse host = api.post("/v1/hosts", "{\"name\": \"h" + i + "\", \"cloud_id\": " + cloud
                    + ", \"region_id\": " + region + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0." + (i + 1)
                    + "\", \"device_type\": \"server\", \"labels\": [\"rack" + i % 2 + "\"], \"variables\": {\"i\": "
                    + i + "}}");
            assertThat(host.status()).isEqualTo(201);
            last = host.position();
        }
        last = Math.max(last, api.put("/v1/labels/rack1/variables", "{\"gpu\": true}").position());
        return Math.max(last, api.put("/v1/regions/" + region + "/variables", "{\"ntp\": \"x\"}").position());
    }

    private static long id(ApiResponse created) {
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").longValue();
    }

    private InProcessService start(StandalonePostgres database) {
        return InProcessService.start(PROJECT, KEY, "--fleet.data-dir=" + dir, "--fleet.kafka.enabled=false",
                "--fleet.db.url=" + database.jdbcUrl(), "--fleet.db.user=postgres", "--fleet.db.password=");
    }
}
