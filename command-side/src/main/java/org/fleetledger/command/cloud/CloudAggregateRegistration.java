package org.fleetledger.command.cloud;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link Cloud} aggregate with Axon; the aggregate itself stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class CloudAggregateRegistration {

    @Bean
    ConfigurerModule cloudAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(Cloud.class));
    }
}
