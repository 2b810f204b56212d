package org.fleetledger.gateway.support;

import org.fleetledger.gateway.FleetLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The whole service in the test's JVM, started and stopped by the test itself (unlike {@link ApiTest}'s
 * shared one): on a free local port, with the root user {@code bootstrap} of a given project and key.
 */
public record InProcessService(ConfigurableApplicationContext context, UUID project, String key)
        implements AutoCloseable {

    /** Starts the service with the given settings ({@code --name=value}) besides port and bootstrap. */
    public static InProcessService start(UUID project, String key, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--fleet.bootstrap.project-id=" + project, "--fleet.bootstrap.root-user=bootstrap",
                "--fleet.bootstrap.root-key=" + key));
        arguments.addAll(List.of(settings));
        return new InProcessService(new SpringApplicationBuilder(FleetLedgerApplication.class)
                .run(arguments.toArray(String[]::new)), project, key);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public ApiClient root() {
        return ApiClient.as(port(), project, "bootstrap", key);
    }

    @Override
    public void close() {
        context.close();
    }
}
