package org.fleetledger.command.network;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link Network} and {@link NetworkInterface} aggregates with Axon. */
@Configuration(proxyBeanMethods = false)
class NetworkAggregateRegistration {

    @Bean
    ConfigurerModule networkAggregates() {
        return configurer -> configurer.configureAggregate(Network.class).configureAggregate(NetworkInterface.class);
    }
}
