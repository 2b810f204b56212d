package org.fleetledger.gateway.config;

import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL starts with the buffer cache the settings give it (ADR 0043), not its own default. */
class BufferCacheTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    FleetProperties properties;

    @Test
    void startsTheEmbeddedDatabaseWithTheConfiguredSharedBuffers() {
        assertThat(properties.db().embeddedSharedBuffers()).isEqualTo("512MB");
        assertThat(new JdbcTemplate(dataSource).queryForObject("show shared_buffers", String.class))
                .isEqualTo("512MB");
    }
}
