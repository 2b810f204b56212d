package org.fleetledger.gateway.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fleetledger.gateway.FleetLedgerApplication;
import org.fleetledger.gateway.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FleetLedgerApplication.class).run(
                    "--server.port=0", "--server.address=127.0.0.1",
                    "--fleet.data-dir=" + dataDir, "--fleet.kafka.enabled=false",
                    "--fleet.db.url=" + url, "--fleet.db.user=postgres", "--fleet.db.password=",
                    "--fleet.bootstrap.project-id=" + project, "--fleet.bootstrap.root-key=" + key)) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                ApiClient api = ApiClient.as(port, project, "bootstrap", key);
                assertThat(api.post("/v1/clouds", "{\"name\": \"external\"}").status()).isEqualTo(201);
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
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
