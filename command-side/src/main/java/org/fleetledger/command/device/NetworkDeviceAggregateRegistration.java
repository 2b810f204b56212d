package org.fleetledger.command.device;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link NetworkDevice} aggregate with Axon; the aggregate itself stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class NetworkDeviceAggregateRegistration {

    @Bean
    ConfigurerModule networkDeviceAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(NetworkDevice.class));
    }
}
