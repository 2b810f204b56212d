package org.fleetledger.gateway.config;

import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL flushes every commit to disk before the service acknowledges it, and plans per value. */
class DurabilityTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runsTheEmbeddedDatabaseWithFsyncAndSynchronousCommit() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void plansEveryStatementForItsOwnValues() {
        assertThat(new JdbcTemplate(dataSource).queryForObject("show plan_cache_mode", String.class))
                .isEqualTo("force_custom_plan");
    }
}
