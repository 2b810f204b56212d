package org.fleetledger.command.region;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link Region} aggregate with Axon; the aggregate itself stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class RegionAggregateRegistration {

    @Bean
    ConfigurerModule regionAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(Region.class));
    }
}
