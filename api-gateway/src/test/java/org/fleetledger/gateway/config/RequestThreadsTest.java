package org.fleetledger.gateway.config;

import org.apache.catalina.connector.Connector;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests run on virtual threads from JDK 24, on Tomcat's platform threads before it (ADR 0056). */
class RequestThreadsTest extends ApiTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theConnectorRunsRequestsOnVirtualThreadsWhereTheJdkNoLongerPinsThem() throws Exception {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        Executor executor = connector.getProtocolHandler().getExecutor();
        CompletableFuture<Boolean> virtual = new CompletableFuture<>();
        executor.execute(() -> virtual.complete(Thread.currentThread().isVirtual()));

        assertThat(virtual.get(10, TimeUnit.SECONDS)).isEqualTo(Runtime.version().feature() >= 24);
        assertThat(root().get("/v1/projects").status()).isEqualTo(200);
    }

    @Test
    void theDefaultFollowsTheJdkRelease() {
        assertThat(VirtualRequestThreads.onByDefault(21)).isFalse();
        assertThat(VirtualRequestThreads.onByDefault(23)).isFalse();
        assertThat(VirtualRequestThreads.onByDefault(24)).isTrue();
        assertThat(VirtualRequestThreads.onByDefault(25)).isTrue();
    }
}
