package org.fleetledger.gateway;

import org.fleetledger.gateway.config.OrderlyShutdown;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.atomic.AtomicReference;

/** Fleet Ledger: the Craton v1 inventory API on an event-sourced ledger. */
@SpringBootApplication(scanBasePackages = "org.fleetledger")
@ConfigurationPropertiesScan
public class FleetLedgerApplication {

    static {
        // Axon would otherwise report usage to its vendor at start-up; the service makes no outside calls.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public static void main(String[] args) {
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        OrderlyShutdown.onSignals(context::get);
        context.set(SpringApplication.run(FleetLedgerApplication.class, args));
    }
}
