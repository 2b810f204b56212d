package org.fleetledger.command.label;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link LabelScope} aggregate with Axon. */
@Configuration(proxyBeanMethods = false)
class LabelAggregateRegistration {

    @Bean
    ConfigurerModule labelAggregate() {
        return configurer -> configurer.configureAggregate(LabelScope.class);
    }
}
