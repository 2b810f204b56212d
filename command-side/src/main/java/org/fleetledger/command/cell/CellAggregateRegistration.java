package org.fleetledger.command.cell;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link Cell} aggregate with Axon; the aggregate itself stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class CellAggregateRegistration {

    @Bean
    ConfigurerModule cellAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(Cell.class));
    }
}
