package org.fleetledger.command.network;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link Network} and {@link NetworkInterface} aggregates with Axon. */
@Configuration(proxyBeanMethods = false)
class NetworkAggregateRegistration {

    @Bean
    ConfigurerModule networkAggregates(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(Network.class))
                .configureAggregate(aggregates.of(NetworkInterface.class));
    }
}
