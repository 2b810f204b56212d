package org.fleetledger.gateway.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * With {@code FLEET_DB_URL} set, the service uses that PostgreSQL server. The pool is declared here,
 * as the embedded one is, so that the data source exists before any auto-configuration that needs it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${fleet.db.url:}'.isBlank()")
class ExternalDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(FleetProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.db().url());
        config.setUsername(properties.db().user());
        config.setPassword(properties.db().password());
        DatabasePool.configure(config);
        return new HikariDataSource(config);
    }
}
