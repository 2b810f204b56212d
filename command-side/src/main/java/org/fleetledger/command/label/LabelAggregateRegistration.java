package org.fleetledger.command.label;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link LabelScope} aggregate with Axon. */
@Configuration(proxyBeanMethods = false)
class LabelAggregateRegistration {

    @Bean
    ConfigurerModule labelAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(LabelScope.class));
    }
}
