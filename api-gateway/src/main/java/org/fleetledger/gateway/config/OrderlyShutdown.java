package org.fleetledger.gateway.config;

import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

import java.util.List;
import java.util.function.Supplier;

/**
 * Stops the service in order on Ctrl-C or a termination signal: the application context closes
 * first (HTTP, event processors, connection pool) and the embedded PostgreSQL last. Left to the JVM's
 * shutdown hooks, the embedded database's own hook would stop it while the processors still use it.
 */
public final class OrderlyShutdown {

    private OrderlyShutdown() {
    }

    public static void onSignals(Supplier<ConfigurableApplicationContext> context) {
        for (String name : List.of("INT", "TERM", "HUP")) {
            Signal.handle(new Signal(name), signal -> Thread.ofPlatform().name("orderly-shutdown").start(() -> {
                ConfigurableApplicationContext running = context.get();
                if (running != null) {
                    running.close();
                }
                System.exit(0);
            }));
        }
    }
}
