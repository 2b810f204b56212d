package org.fleetledger.command.schema;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link VariableSchema} aggregate with Axon. */
@Configuration(proxyBeanMethods = false)
class VariableSchemaAggregateRegistration {

    @Bean
    ConfigurerModule variableSchemaAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(VariableSchema.class));
    }
}
