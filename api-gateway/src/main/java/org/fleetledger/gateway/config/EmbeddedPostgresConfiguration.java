package org.fleetledger.gateway.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * With no database configured, the service runs a real PostgreSQL 17 of its own, whose data lives in
 * {@code $FLEET_DATA_DIR/pg} and outlives restarts. It stops with the application context, after the
 * connection pool is closed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${fleet.db.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(FleetProperties properties) throws IOException {
        Path dataDirectory = properties.dataDir().resolve("pg").toAbsolutePath();
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + dataDirectory, e);
        }
        OrphanedPostgres.stopIfRunning(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // The embedded server's defaults trade durability for speed (it starts postgres with -F, fsync
                // off, and synchronous_commit off). A write is acknowledged only when durable, so both go back on;
                // these settings follow -F on the command line and win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        String sharedBuffers = properties.db().embeddedSharedBuffers();
        if (sharedBuffers != null && !sharedBuffers.isBlank()) {
            // PostgreSQL's default of 128 MB holds a fraction of a large fleet's read models: writes to random
            // hosts then read pages back from the kernel and evict dirty ones (ADR 0043)
            builder.setServerConfig("shared_buffers", sharedBuffers.strip());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        DatabasePool.configure(config);
        return new HikariDataSource(config);
    }
}
