package org.fleetledger.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The service's settings, fed by the FLEET_* environment variables (see application.yml).
 *
 * @param dataDir       where the embedded PostgreSQL keeps its data ({@code pg/} below it)
 * @param db            an external database; empty url: start the embedded one
 * @param bootstrap     the project and root user ensured at start-up
 * @param readTimeout   how long a read waits for {@code min_position}
 * @param writeTimeout  how long a write waits for the read models to include its events
 */
@ConfigurationProperties("fleet")
public record FleetProperties(Path dataDir, Db db, Bootstrap bootstrap, Duration readTimeout,
                              Duration writeTimeout) {

    /**
     * @param embeddedSharedBuffers the embedded server's {@code shared_buffers}, in PostgreSQL's units
     *                              ({@code 512MB}); unused with an external database
     */
    public record Db(String url, String user, String password, String embeddedSharedBuffers) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Bootstrap(String projectId, String rootUser, String rootKey) {
    }
}
