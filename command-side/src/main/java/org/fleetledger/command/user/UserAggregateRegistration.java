package org.fleetledger.command.user;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link User} aggregate with Axon; the aggregate itself stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class UserAggregateRegistration {

    @Bean
    ConfigurerModule userAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(User.class));
    }
}
