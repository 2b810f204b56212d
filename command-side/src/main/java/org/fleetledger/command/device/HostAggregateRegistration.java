package org.fleetledger.command.device;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link Host} aggregate with Axon; the aggregate itself stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class HostAggregateRegistration {

    @Bean
    ConfigurerModule hostAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(Host.class));
    }
}
