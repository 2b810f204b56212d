package org.fleetledger.gateway.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.InProcessService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With FLEET_DB_URL set, the service uses that server and starts no database of its own. */
class ExternalDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void usesTheConfiguredServer() throws Exception {
        UUID project = UUID.randomUUID();
        String key = "33333333333333333333333333333333";
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            try (InProcessService app = InProcessService.start(project, key, "--fleet.data-dir=" + dataDir,
                    "--fleet.kafka.enabled=false", "--fleet.db.url=" + url, "--fleet.db.user=postgres",
                    "--fleet.db.password=")) {
                ApiClient api = app.root();
                assertThat(api.post("/v1/clouds", "{\"name\": \"external\"}").status()).isEqualTo(201);
                assertThat(app.context().getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            }
            try (var connection = server.getPostgresDatabase().getConnection();
                 var rows = connection.createStatement().executeQuery(
                         "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'cloud:%'")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
        assertThat(Files.exists(dataDir.resolve("pg"))).as("no embedded database was started").isFalse();
    }
}
