package org.fleetledger.command.project;

import org.axonframework.config.ConfigurerModule;
import org.fleetledger.command.ledger.CachedAggregates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link Project} aggregate with Axon; the aggregate itself stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class ProjectAggregateRegistration {

    @Bean
    ConfigurerModule projectAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(Project.class));
    }
}
